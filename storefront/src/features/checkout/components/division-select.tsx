import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useDivisions, type Division } from "../api/use-divisions"
import { divisionLevels } from "../utils/division-codes"

export type DivisionChoice = {
  province: string
  city: string
  district: string
  division_code: string
}

const selectClass =
  "mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-500 disabled:bg-stone-100"

function Level({
  id,
  label,
  value,
  divisions,
  loading,
  error,
  onChange,
}: {
  id: string
  label: string
  value: string
  divisions: Division[] | undefined
  loading: boolean
  error?: string
  onChange: (division: Division | null) => void
}) {
  const { t } = useTranslation()
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={!divisions}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-busy={loading}
        onChange={(event) =>
          onChange(
            divisions?.find((d) => d.code === event.target.value) ?? null
          )
        }
        className={selectClass}
      >
        <option value="">
          {loading ? t("states.loading") : t("checkout.choose")}
        </option>
        {divisions?.map((division) => (
          <option key={division.code} value={division.code}>
            {division.name}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  )
}

// Province → city → district or county, each level loaded when the one
// above is chosen. `onChange` gets the names and the last level's code
// (empty until the address's last level is chosen; a city without
// districts is the last level).
export function DivisionSelect({
  initialCode,
  error,
  onChange,
}: {
  initialCode?: string
  error?: string
  onChange: (choice: DivisionChoice) => void
}) {
  const { t } = useTranslation()
  const [codes, setCodes] = useState(() => divisionLevels(initialCode))
  const provinces = useDivisions("")
  const cities = useDivisions(codes.province || null)
  const districts = useDivisions(codes.city || null)
  const noDistricts = districts.isSuccess && districts.data.length === 0

  const choose = (next: typeof codes) => {
    setCodes(next)
    const nameOf = (list: Division[] | undefined, code: string) =>
      list?.find((d) => d.code === code)?.name ?? ""
    onChange({
      province: nameOf(provinces.data, next.province),
      city: nameOf(cities.data, next.city),
      district: nameOf(districts.data, next.district),
      division_code: next.district,
    })
  }
  // A city whose districts came back empty is the address's last level.
  const cityName = cities.data?.find((d) => d.code === codes.city)?.name
  const provinceName = provinces.data?.find(
    (d) => d.code === codes.province
  )?.name
  useEffect(() => {
    if (noDistricts && codes.city && cityName && provinceName) {
      onChange({
        province: provinceName,
        city: cityName,
        district: "",
        division_code: codes.city,
      })
    }
    // onChange is the form's setter; the choice is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [noDistricts, codes.city, cityName, provinceName])
  return (
    <>
      <Level
        id="address-province"
        label={t("checkout.fields.province")}
        value={codes.province}
        divisions={provinces.data}
        loading={provinces.isPending}
        error={!codes.province ? error : undefined}
        onChange={(d) =>
          choose({ province: d?.code ?? "", city: "", district: "" })
        }
      />
      <Level
        id="address-city"
        label={t("checkout.fields.city")}
        value={codes.city}
        divisions={codes.province ? cities.data : undefined}
        loading={Boolean(codes.province) && cities.isPending}
        error={codes.province && !codes.city ? error : undefined}
        onChange={(d) =>
          choose({ ...codes, city: d?.code ?? "", district: "" })
        }
      />
      <Level
        id="address-district"
        label={t("checkout.fields.district")}
        value={codes.district}
        divisions={codes.city && !noDistricts ? districts.data : undefined}
        loading={Boolean(codes.city) && districts.isPending}
        error={codes.city && !noDistricts ? error : undefined}
        onChange={(d) => choose({ ...codes, district: d?.code ?? "" })}
      />
    </>
  )
}
