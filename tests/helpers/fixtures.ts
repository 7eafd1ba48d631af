// Real GB/T 2260 counties used across tests.
export const ZHAOJUE = {
  code: "513431",
  name_zh: "昭觉县",
  name_en: "Zhaojue County",
  prefecture_zh: "凉山彝族自治州",
  prefecture_en: "Liangshan Yi Autonomous Prefecture",
  province_zh: "四川省",
  province_en: "Sichuan",
  poverty_status: "national_key" as const,
  lifted_year: 2020,
  contiguous_area: "Liangshan",
  story_zh: "昭觉是凉山州的腹心，苦荞和马铃薯之乡。",
  story_en:
    "Zhaojue sits at the heart of Liangshan, home of tartary buckwheat and potatoes.",
}

export const BUTUO = {
  ...ZHAOJUE,
  code: "513429",
  name_zh: "布拖县",
  name_en: "Butuo County",
  story_zh: "布拖黑绵羊。",
  story_en: "Butuo black sheep.",
}

export const CANGXI = {
  code: "510824",
  name_zh: "苍溪县",
  name_en: "Cangxi County",
  prefecture_zh: "广元市",
  prefecture_en: "Guangyuan",
  province_zh: "四川省",
  province_en: "Sichuan",
  poverty_status: "national_key" as const,
  lifted_year: 2019,
  contiguous_area: "Qinba Mountains",
  story_zh: "红心猕猴桃的故乡。",
  story_en: "Home of the red-heart kiwifruit.",
}
