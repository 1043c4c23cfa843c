'use server'

/** A Server Action passed straight from the Server Component page to TwoFactorBanner. */
export async function submitCode(code) {
  if (code !== '123456') throw new Error('That code did not match')
}
