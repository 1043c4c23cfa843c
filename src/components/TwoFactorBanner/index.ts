export { TwoFactorBanner, type TwoFactorBannerProps } from './TwoFactorBanner'
