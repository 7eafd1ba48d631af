// Synthetic names: Yi names for Liangshan, Han names elsewhere. No real person.
export const YI_SURNAMES = [
  "阿苏",
  "吉克",
  "曲比",
  "马海",
  "沙马",
  "吉伍",
  "俄木",
  "海来",
  "木色",
  "阿约",
  "勒格",
  "日火",
]
export const YI_GIVEN = [
  "拉则",
  "阿呷",
  "阿果",
  "伍呷",
  "尔古",
  "曲布",
  "木呷",
  "拉铁",
  "阿支",
  "日布",
  "次尔",
  "友呷",
]
export const HAN_SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "何",
  "罗",
]
export const HAN_GIVEN = [
  "建国",
  "秀英",
  "桂兰",
  "德明",
  "玉珍",
  "志强",
  "春梅",
  "国华",
  "淑芬",
  "永福",
  "明芳",
  "长春",
]
export const TOWNSHIPS = [
  "城北乡",
  "新城镇",
  "四开乡",
  "竹核乡",
  "解放乡",
  "日哈乡",
]
// Village names of Liangshan's Yi countryside (the demo's places.ts uses
// them there; the scale seed's synthetic households everywhere).
export const VILLAGES = [
  "好谷村",
  "木渣洛村",
  "火普村",
  "三河村",
  "阿并洛古村",
  "洒拉地坡村",
  "瓦曲村",
  "拉吉村",
]
// The national categories' codes (the console shows their words).
export const POVERTY_CAUSES = [
  "lack_of_skills",
  "lack_of_capital",
  "illness",
  "schooling",
  "lack_of_labour",
  "other",
  "disability",
] as const
