import pg from "pg"

// The synthetic aid records of the oversight benchmark: written by SQL, not
// through the importer (a million rows through HTTP would take the
// benchmark's whole budget; the import is timed separately on its own
// 100,000 rows). Marked by `recorded_by`, so a later run finds them.
export const SYNTHETIC_AID = "bench:oversight"

export async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

// Helpers other than the minimum living allowance: [source, giver, lowest
// and highest fen, purposes]. A household's givers are taken from here
// seven apart (seven and the pool's 32 are coprime, so they never repeat).
const GIVERS = `
pairing_support     成都市商务局         30000 200000 结对帮扶慰问金|春耕化肥|技能培训补助
pairing_support     成都市教育局         30000 150000 结对帮扶慰问金|生产物资|助学物资
pairing_support     四川省交通运输厅     50000 200000 结对帮扶慰问金|危房改造补助|生产物资
pairing_support     国网四川省电力公司   30000 120000 结对帮扶慰问金|庭院经济补助
pairing_support     中国银行四川省分行   30000 150000 结对帮扶慰问金|消费帮扶
pairing_support     四川大学             20000 100000 技能培训补助|结对帮扶慰问金
pairing_support     省农业农村厅         50000 250000 生产物资|春耕化肥|良种补助
pairing_support     省卫生健康委         30000 100000 结对帮扶慰问金|健康帮扶
east_west           浙江省宁波市         50000 300000 劳务协作补贴|产业合作奖励
east_west           浙江省湖州市         50000 300000 劳务协作补贴|消费帮扶
east_west           浙江省嘉兴市         50000 250000 产业合作奖励|稳岗补贴
east_west           浙江省绍兴市         50000 250000 劳务协作补贴|产业合作奖励
micro_credit        县农村商业银行        5000  30000 扶贫小额信贷贴息
micro_credit        邮储银行县支行        5000  30000 扶贫小额信贷贴息
micro_credit        农业银行县支行        5000  30000 小额信贷贴息
industrial_subsidy  县农业农村局         20000 150000 产业奖补|猕猴桃种苗|花椒种植补贴
industrial_subsidy  县林业和草原局       20000 120000 核桃管护补助|林下经济补助
industrial_subsidy  县畜牧服务中心       30000 150000 生猪养殖补助|肉牛养殖补助
industrial_subsidy  县茶叶产业协会       20000 100000 茶园管护补助|茶苗补助
education           县教育局             50000 300000 义务教育寄宿生补助|学前教育资助
education           县乡村振兴局雨露计划 150000 300000 雨露计划助学
medical             县医疗保障局         100000 800000 大病救助|医疗救助
medical             县红十字会           50000 300000 医疗救助|慢病补助
social_donation     县慈善总会           10000 100000 爱心捐赠|冬衣捐赠
social_donation     四川省乡村振兴基金会 20000 150000 爱心捐赠|节日慰问
social_donation     成都某企业           10000  80000 节日慰问|消费帮扶
other               村股份经济合作社     10000  80000 集体经济分红
other               乡镇人民政府         10000  60000 临时救助|节日慰问
pairing_support     县财政局             30000 120000 结对帮扶慰问金|生产物资
industrial_subsidy  县商务局             20000 100000 电商培训补助|产业奖补
education           县妇联               20000  80000 春蕾计划助学
social_donation     县工商联             10000  80000 爱心捐赠|节日慰问
`
  .trim()
  .split("\n")
  .map((line) => line.trim().split(/\s+/))

const sqlText = (s) => `'${s.replace(/'/g, "''")}'`
const GIVER_VALUES = GIVERS.map(
  ([kind, giver, lo, hi, purposes], i) =>
    `(${i}, ${sqlText(kind)}, ${sqlText(giver)}, ${lo}, ${hi}, string_to_array(${sqlText(purposes)}, '|'))`
).join(",\n       ")

// Every synthetic record of the year, deterministic from each household's
// registry number (md5 cut into four numbers): 5 % of households get no aid;
// 10 % the minimum living allowance monthly (the 10th, up to today) and
// 0–3 other records; 2 % 8–12 givers and 20–30 records; the rest 5–15
// records from 1–4 givers (35 / 40 / 18 / 7 %). Each record's purpose
// names its batch ("2026年第2批产业奖补"), so it differs from the giver's
// earlier ones, except for 8 % of households whose last record repeats the
// purpose of one 20 days before. One village in 40 gets three times the
// amounts. Ordered by household, so `limit` drops whole households' tails.
const CANDIDATES = `
with pool(idx, source_kind, giver, lo, hi, purposes) as (
  values ${GIVER_VALUES}
),
hh as (
  select h.id, h.county_code,
         row_number() over (order by h.registry_number) as n,
         ('x' || substr(md5(h.registry_number), 1, 8))::bit(32)::bigint as r1,
         ('x' || substr(md5(h.registry_number), 9, 8))::bit(32)::bigint as r2,
         ('x' || substr(md5(h.registry_number), 17, 8))::bit(32)::bigint as r3,
         ('x' || substr(md5(h.registry_number), 25, 8))::bit(32)::bigint as r4,
         case when ('x' || substr(md5(h.county_code || '/' || h.township || '/' || h.village), 1, 8))::bit(32)::bigint % 40 = 0
              then 3 else 1 end as boost
    from household h
   where h.deleted_at is null and h.registry_missing_since is null
     and h.verification = 'verified' and h.county_code like '51%'
),
shaped as (
  select hh.*,
         case when r1 % 100 < 5 then 'none'
              when r1 % 100 < 15 then 'allowance'
              when r1 % 100 < 17 then 'many'
              else 'regular' end as profile
    from hh
),
sized as (
  select s.*,
         case profile
           when 'regular' then case when r2 % 100 < 35 then 1 when r2 % 100 < 75 then 2
                                    when r2 % 100 < 93 then 3 else 4 end
           when 'many' then 8 + r2 % 5
           when 'allowance' then greatest(1, r2 % 4)
           else 0 end as k,
         case profile
           when 'regular' then 5 + r3 % 11
           when 'many' then 20 + r3 % 11
           when 'allowance' then r2 % 4
           else 0 end as m,
         profile in ('regular', 'many') and (r3 / 11) % 100 < 8 as repeats
    from shaped s
),
records as (
  select z.id as household_id, z.county_code, z.n, z.boost, j, z.k, z.r2,
         z.r4, (z.repeats and j = z.m - 1) as again,
         p.source_kind, p.giver, p.lo, p.hi, p.purposes, z.m
    from sized z
    cross join lateral generate_series(0, z.m - 1) as j
    join pool p on p.idx = (z.r4 + (j % z.k) * 7) % ${GIVERS.length}
),
dated as (
  select r.*,
         (case when again then j - k else j end) as base_j,
         (case when again then j / k - 1 else j / k end) as batch
    from records r
)
select household_id, county_code, n, 'R' || lpad(j::text, 2, '0') as tag,
       source_kind, giver,
       $1::int || '年第' || (batch + 1) || '批'
         || purposes[1 + ((batch + r4) % array_length(purposes, 1))::int] as purpose,
       (((lo + (r2 + j * 104729) % (hi - lo)) / 100) * 100 * boost)::int as amount,
       least($2::date,
             make_date($1, 1, 1)
               + (((base_j * ($2::date - make_date($1, 1, 1))) / m + r4 % 20)
                  % greatest(1, $2::date - make_date($1, 1, 1)))::int
               + (case when again then 20 else 0 end)) as given_on
  from dated
union all
select z.id, z.county_code, z.n, 'M' || lpad(month::text, 2, '0'),
       'minimum_allowance', '县民政局', '最低生活保障金',
       ((30000 + (z.r3 % 6) * 5000) * z.boost)::int,
       make_date($1, month, 10)
  from sized z
  cross join lateral generate_series(1, 12) as month
 where z.profile = 'allowance' and make_date($1, month, 10) <= $2::date
`

export const syntheticAidCount = (client, year) =>
  client
    .query(
      `select count(*)::int as n from aid_record
        where recorded_by = $1 and year = $2 and deleted_at is null`,
      [SYNTHETIC_AID, year]
    )
    .then((r) => r.rows[0].n)

// Makes exactly `target` synthetic aid records exist for `year` (fewer when
// the households cannot give that many): skipped when they are there,
// otherwise the year's synthetic records are replaced. Answers what it did.
export async function ensureSyntheticAid(databaseUrl, { year, today, target }) {
  return withClient(databaseUrl, async (client) => {
    const existing = await syntheticAidCount(client, year)
    if (existing === target) return { existing, written: 0, seconds: 0 }
    const started = performance.now()
    await client.query("begin")
    try {
      await client.query(
        `delete from aid_record where recorded_by = $1 and year = $2`,
        [SYNTHETIC_AID, year]
      )
      const inserted = await client.query(
        `insert into aid_record (id, household_id, county_code, year,
           source_kind, giver, purpose, amount, in_kind, given_on, reference,
           import_id, recorded_by)
         select 'aid_SYN' || $1::int || '_' || lpad(c.n::text, 6, '0') || '_' || c.tag,
                c.household_id, c.county_code, $1::int, c.source_kind, c.giver,
                c.purpose, c.amount, null,
                (c.given_on::timestamp at time zone 'UTC'),
                'SYN-' || $1::int || '-' || lpad(c.n::text, 6, '0') || '-' || c.tag,
                null, '${SYNTHETIC_AID}'
           from (${CANDIDATES}) c
          order by c.n, c.tag
          limit $3`,
        [year, today, target]
      )
      await client.query("commit")
      const seconds = (performance.now() - started) / 1000
      const vacuumStarted = performance.now()
      await client.query("vacuum (analyze) aid_record")
      return {
        existing,
        written: inserted.rowCount,
        seconds,
        rows_per_second: Math.round(inserted.rowCount / seconds),
        vacuum_s: (performance.now() - vacuumStarted) / 1000,
      }
    } catch (error) {
      await client.query("rollback")
      throw error
    }
  })
}

// What the rules will read: households per county, the year's aid records
// and how they are spread (records per household, givers per household).
export async function oversightFacts(databaseUrl, year) {
  return withClient(databaseUrl, async (client) => {
    const one = async (sql, params) => (await client.query(sql, params)).rows
    const counties = await one(
      `select h.county_code, count(*)::int as households,
              count(distinct h.township)::int as townships,
              count(distinct h.township || '/' || h.village)::int as villages,
              count(*) filter (where h.status = 'registered')::int as registered,
              count(*) filter (where h.status = 'lifted')::int as lifted,
              count(*) filter (where h.status = 'monitored')::int as monitored,
              count(*) filter (where h.status = 'returned')::int as returned,
              (select count(*)::int from aid_record a
                where a.county_code = h.county_code and a.year = $1
                  and a.deleted_at is null) as aid_records
         from household h
        where h.deleted_at is null and h.registry_missing_since is null
          and h.verification = 'verified' and h.county_code like '51%'
        group by h.county_code order by h.county_code`,
      [year]
    )
    const [spread] = await one(
      `select count(*)::int as households_with_aid,
              percentile_cont(0.5) within group (order by records)::float as records_p50,
              max(records)::int as records_max,
              percentile_cont(0.5) within group (order by givers)::float as givers_p50,
              max(givers)::int as givers_max
         from (select household_id, count(*) as records,
                      count(distinct source_kind || '|' || giver) as givers
                 from aid_record where year = $1 and deleted_at is null
                group by household_id) x`,
      [year]
    )
    const [size] = await one(
      `select pg_total_relation_size('aid_record') / 1048576 as aid_record_mib`
    )
    return {
      households: counties.reduce((n, c) => n + c.households, 0),
      aid_records: counties.reduce((n, c) => n + c.aid_records, 0),
      counties,
      ...spread,
      aid_record_mib: Number(size.aid_record_mib),
    }
  })
}

// The year's findings of earlier runs in the province taken away, so the
// first run opens its flags again: flags, cases opened by the rules (not
// by shock events) and their comments; a run left "running" by a killed
// server is failed.
export async function resetFindings(databaseUrl, year) {
  return withClient(databaseUrl, async (client) => {
    await client.query("begin")
    try {
      await client.query(
        `delete from oversight_comment c where
           (c.subject_type = 'flag' and c.subject_id in
              (select id from oversight_flag where year = $1 and county_code like '51%'))
           or (c.subject_type = 'case' and c.subject_id in
              (select id from monitoring_case where year = $1 and county_code like '51%'
                 and coalesce(evidence_key, '') not like 'shock:%'))`,
        [year]
      )
      const flags = await client.query(
        `delete from oversight_flag where year = $1 and county_code like '51%'`,
        [year]
      )
      const cases = await client.query(
        `delete from monitoring_case where year = $1 and county_code like '51%'
            and coalesce(evidence_key, '') not like 'shock:%'`,
        [year]
      )
      await client.query(
        `update oversight_run set status = 'failed', failure = 'stopped (benchmark reset)',
                finished_at = now() where status = 'running'`
      )
      await client.query("commit")
      return { flags: flags.rowCount, cases: cases.rowCount }
    } catch (error) {
      await client.query("rollback")
      throw error
    }
  })
}

// Spreads the flags' opening day over the past year (deterministic by
// id), as a queue worked for a year would have them; a run opens them all
// in the same minute, which would make `older_than_days` select all or
// nothing.
export async function spreadOpenedAt(databaseUrl, year) {
  return withClient(databaseUrl, (client) =>
    client.query(
      `update oversight_flag
          set opened_at = opened_at - make_interval(days =>
                (('x' || substr(md5(id), 1, 8))::bit(32)::bigint % 365)::int)
        where year = $1 and county_code like '51%'`,
      [year]
    )
  )
}

// Vacuum and fresh statistics for what the rules wrote: the PostgreSQL
// here runs without autovacuum, and production's would have caught up
// (without statistics the planner takes the 50,000 new flags for one row).
export async function analyzeFindings(databaseUrl) {
  const started = performance.now()
  await withClient(databaseUrl, (client) =>
    client.query("vacuum (analyze) oversight_flag, monitoring_case")
  )
  return (performance.now() - started) / 1000
}
