// What personal data looks like in any response: enough to tell records
// apart, never enough to identify a person.

// "513431199001011234" → "5134**********1234"
export function maskIdNumber(id: string): string {
  if (id.length < 8) {
    return "*".repeat(id.length)
  }
  return `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`
}

// "13812345678" → "138****5678"
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "")
  if (digits.length < 7) {
    return "*".repeat(digits.length)
  }
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`
}

// "张三丰" → "张**"
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) {
    return chars.length ? "*" : ""
  }
  return `${chars[0]}${"*".repeat(chars.length - 1)}`
}

// "meimei@example.com" → "m***@example.com": which mailbox a message went
// to, recognisable by its owner and nobody else (the stars do not count the
// letters).
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@")
  if (at < 1) return "*".repeat(email.length)
  return `${[...email][0]}***${email.slice(at)}`
}
