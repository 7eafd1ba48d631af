import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Poverty causes become the national categories' codes: the Chinese words
// stored before are turned into their codes, anything else into "other".
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update "household" set "poverty_cause" = case trim("poverty_cause")
        when '因病' then 'illness'
        when '因残' then 'disability'
        when '缺劳力' then 'lack_of_labour'
        when '缺技术' then 'lack_of_skills'
        when '缺土地' then 'lack_of_land'
        when '缺水' then 'lack_of_water'
        when '因灾' then 'disaster'
        when '因学' then 'schooling'
        when '缺资金' then 'lack_of_capital'
        else 'other' end
       where "poverty_cause" is not null
         and "poverty_cause" not in ('illness', 'disability', 'lack_of_labour',
           'lack_of_skills', 'lack_of_land', 'lack_of_water', 'disaster',
           'schooling', 'lack_of_capital', 'other');`)
  }

  override async down(): Promise<void> {
    // The codes stay: the words they replaced are their labels.
  }
}
