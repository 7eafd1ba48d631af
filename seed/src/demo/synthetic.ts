import { HAN_GIVEN, HAN_SURNAMES, YI_GIVEN, YI_SURNAMES } from "./data/people"
import type { seededRandom } from "./random"
import type { DemoHousehold } from "./households"

type Random = ReturnType<typeof seededRandom>

// A synthetic head-of-household name: Yi in Liangshan's counties (not its
// prefecture seat), Han elsewhere.
export function syntheticHeadName(countyCode: string, random: Random): string {
  const yi = countyCode.startsWith("5134") && countyCode !== "513402"
  return yi
    ? `${random.pick(YI_SURNAMES)}${random.pick(YI_GIVEN)}`
    : `${random.pick(HAN_SURNAMES)}${random.pick(HAN_GIVEN)}`
}

// Registered 55 %, lifted 30 %, monitored 12 %, returned 3 %.
export function syntheticStatus(random: Random): DemoHousehold["status"] {
  const roll = random.next()
  return roll < 0.55
    ? "registered"
    : roll < 0.85
      ? "lifted"
      : roll < 0.97
        ? "monitored"
        : "returned"
}
