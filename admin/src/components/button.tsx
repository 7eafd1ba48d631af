import { Link, type LinkProps } from "react-router"

const VARIANTS = {
  primary:
    "bg-emerald-700 text-white hover:bg-emerald-800 disabled:bg-emerald-700/50",
  secondary:
    "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 disabled:opacity-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/50",
  ghost: "text-emerald-800 hover:bg-emerald-50 disabled:opacity-50",
}

export type ButtonVariant = keyof typeof VARIANTS

export function buttonClass(variant: ButtonVariant = "primary", small = false) {
  return [
    "inline-flex items-center justify-center gap-1 rounded-md font-medium transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700",
    "disabled:cursor-not-allowed",
    small ? "px-2.5 py-1 text-xs" : "px-3.5 py-2 text-sm",
    VARIANTS[variant],
  ].join(" ")
}

export function Button({
  variant = "primary",
  small = false,
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant
  small?: boolean
}) {
  return (
    <button
      type="button"
      {...props}
      className={`${buttonClass(variant, small)} ${className}`}
    />
  )
}

export function ButtonLink({
  variant = "primary",
  small = false,
  className = "",
  ...props
}: LinkProps & { variant?: ButtonVariant; small?: boolean }) {
  return (
    <Link
      {...props}
      className={`${buttonClass(variant, small)} ${className}`}
    />
  )
}
