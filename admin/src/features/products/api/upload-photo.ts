import { useMutation } from "@tanstack/react-query"
import { api, fileToBase64 } from "@/lib/api-client"

export type UploadedPhoto = {
  url: string
  thumbnail_url: string
  width: number
  height: number
  bytes: number
}

// Sends one photo (a phone camera's, or a file); the backend turns it
// upright, strips its metadata and stores WebP in two sizes.
export function useUploadPhoto() {
  return useMutation({
    mutationFn: async (file: File) =>
      (
        await api<{ image: UploadedPhoto }>("/vendor/product-images", {
          method: "POST",
          body: { content: await fileToBase64(file) },
        })
      ).image,
  })
}
