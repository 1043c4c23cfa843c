import { CredentialStatePill, TwoFactorBanner, useStatusKit } from '../../../src'
import { credential } from '../../fixtures'

/** The code this demo accepts; any other is rejected, as a real API would. */
export const DEMO_CODE = '123456'

async function verifyDemoCode(code: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1200))
  if (code !== DEMO_CODE) throw new Error(`The code ${code} was not accepted. Try ${DEMO_CODE}.`)
}

/**
 * The 2FA flow as the API walks it (spec: state index 3, then 4, then 5), each step the live
 * component in that state. The first banner is interactive: submit any code to see the verifying
 * state and the rejection, or the demo code to see it accepted.
 */
export function TwoFactorFlow() {
  const { messages } = useStatusKit()
  const ui = messages.ui
  const steps = [
    {
      index: 3,
      title: `Index 3, ${messages.credentialStates[3].name}: the banner asks for the code`,
      text: `Type a code and press "${ui.twoFactorSubmit}". While your onSubmitCode promise is pending the button reads "${ui.twoFactorVerifying}"; if it rejects, the banner shows the error's message (or "${ui.twoFactorSubmitFailed}"), keeps the code and returns focus to the input. An empty code shows "${ui.twoFactorEmptyCode}". This demo accepts ${DEMO_CODE}.`,
    },
    { index: 4, title: `Index 4, ${messages.credentialStates[4].name}: the API verifies`, text: 'The banner stays, busy, without the form, until the API moves on.' },
    { index: 5, title: `Index 5, ${messages.credentialStates[5].name}: done`, text: 'The banner renders nothing; the pill says the collection runs.' },
  ]
  return (
    <div className="sk-docs-block sb-unstyled">
      <ol className="sk-docs-sequence" aria-label="Two-factor authentication flow">
        {steps.map((step) => (
          <li key={step.index}>
            <strong>{step.title}</strong>
            <span>{step.text}</span>
            <div>
              <CredentialStatePill credential={credential(step.index)} />
            </div>
            <TwoFactorBanner credential={credential(step.index)} onSubmitCode={step.index === 3 ? verifyDemoCode : undefined} />
          </li>
        ))}
      </ol>
    </div>
  )
}
