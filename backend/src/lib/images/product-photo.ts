import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

// A product photo as the shop serves it: turned upright from the camera's
// EXIF orientation, every metadata block dropped (a phone's photo carries
// where it was taken), resized to fit a square and written as WebP. Two
// sizes: the gallery's and the catalogue card's.
export const PHOTO_SIZES = { full: 1600, card: 600 } as const

// Formats a phone or a computer sends (HEIC is turned into JPEG by the
// browser when a page asks for image/*).
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"])

export type ProcessedPhoto = {
  sha256: string
  width: number
  height: number
  full: Buffer
  card: Buffer
}

const webp = (image: sharp.Sharp, side: number) =>
  image
    .clone()
    .resize({
      width: side,
      height: side,
      fit: "inside",
      withoutEnlargement: true,
    })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true })

export async function processProductPhoto(
  bytes: Buffer
): Promise<ProcessedPhoto> {
  let format: string | undefined
  try {
    // A decompression bomb (a tiny file that decodes to gigapixels) is
    // refused before it is decoded.
    format = (await sharp(bytes, { limitInputPixels: 60_000_000 }).metadata())
      .format
  } catch {
    format = undefined
  }
  if (!format || !ACCEPTED.has(format)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "content: the file must be a JPEG, PNG, WebP, GIF or HEIF photo"
    )
  }
  try {
    const upright = sharp(bytes, {
      limitInputPixels: 60_000_000,
      failOn: "error",
    }).rotate()
    const [full, card] = await Promise.all([
      webp(upright, PHOTO_SIZES.full),
      webp(upright, PHOTO_SIZES.card),
    ])
    return {
      sha256: createHash("sha256").update(bytes).digest("hex"),
      width: full.info.width,
      height: full.info.height,
      full: full.data,
      card: card.data,
    }
  } catch (error) {
    if (MedusaError.isMedusaError(error)) throw error
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "content: the photo could not be read (damaged or too large)"
    )
  }
}
