export { CredentialStatePill, type CredentialStatePillProps } from './CredentialStatePill'
