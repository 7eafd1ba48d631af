import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeCertification } from "./models/cooperative-certification"
import { CooperativeCountyGrant } from "./models/cooperative-county-grant"
import { CooperativeInvite } from "./models/cooperative-invite"
import { CooperativeUser } from "./models/cooperative-user"

class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeCertification,
  CooperativeUser,
  CooperativeInvite,
  CooperativeCountyGrant,
}) {
  // The counties a cooperative registers and joins households in: its own,
  // and those a reviewer has granted and not revoked.
  async operatingCounties(cooperative: {
    id: string
    county_code: string
  }): Promise<string[]> {
    const grants = await this.listCooperativeCountyGrants(
      { cooperative_id: cooperative.id, revoked_at: null },
      { select: ["county_code"] }
    )
    return [
      cooperative.county_code,
      ...grants
        .map((grant) => grant.county_code)
        .filter((code) => code !== cooperative.county_code),
    ]
  }
}

export default CooperativeModuleService
