// A dashboard's page: every component as it comes (#as-shipped), then the same components with
// Tailwind utilities passed as className (#with-utilities), and a theme toggle that does what
// next-themes does (class and color-scheme on <html>).
import { useEffect, useState } from 'react'
import { ConnectionHealthSummary, CredentialStatePill, PipelineProgress, StatusBadge, StatusHistory, StatusKitProvider, TwoFactorBanner, type ConnectionOutcome } from '@statuskit/react'

const NOW = new Date('2026-01-15T12:00:00Z')
const HISTORY = [
  { status: 19, at: '2026-01-15T11:40:00Z' },
  { status: 16, at: '2026-01-15T09:10:00Z' },
  { status: 2, at: '2026-01-15T06:30:00Z' },
]
const TWO_FACTOR = { state: { index: 3, max: 7, title: '2FA code required', message: 'A 2FA code has been sent to ***@gmail.com' }, collector: { state: 'active' } }
const ACTIVE = { state: { index: 7, max: 7 }, collector: { state: 'active' } }
const CONNECTIONS = [19, 19, 14, 23, 9]

/** next-themes with attribute="class": the theme's name as the class, and color-scheme, on <html>. */
function ThemeToggle() {
  const toggle = () => {
    const html = document.documentElement
    const next = html.classList.contains('dark') ? 'light' : 'dark'
    html.classList.remove('light', 'dark')
    html.classList.add(next)
    html.style.colorScheme = next
  }
  return (
    <button type="button" onClick={toggle} className="inline-flex h-9 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">
      Toggle theme
    </button>
  )
}

function Components({ utilities }: { utilities: boolean }) {
  const [selected, setSelected] = useState<ConnectionOutcome | null>(null)
  const cls = (classes: string) => (utilities ? classes : undefined)
  return (
    <>
      <StatusBadge status={14} className={cls('rounded-none bg-transparent p-0')} data-testid="badge" />
      <StatusBadge status={19} size="sm" className={cls('border-0')} data-testid="badge-sm" />
      <CredentialStatePill credential={ACTIVE} className={cls('rounded-none')} data-testid="pill" />
      <TwoFactorBanner credential={TWO_FACTOR} onSubmitCode={async () => {}} className={cls('rounded-none p-0')} data-testid="banner" />
      <ConnectionHealthSummary items={CONNECTIONS} onSelect={setSelected} selected={selected} className={cls('gap-0')} data-testid="summary" />
      <PipelineProgress status={16} className={cls('text-lg')} data-testid="pipeline" />
      <PipelineProgress status={14} orientation="vertical" data-testid="pipeline-vertical" />
      <PipelineProgress status={22} density="compact" label="Xero: connection progress" data-testid="pipeline-compact" />
      <StatusHistory events={HISTORY} now={NOW} className={cls('gap-0')} data-testid="history" />
    </>
  )
}

export function App() {
  useEffect(() => {
    document.documentElement.dataset['ready'] = 'true'
  }, [])
  return (
    <StatusKitProvider locale="en" timeZone="UTC">
      <main>
        <h1>Connections</h1>
        <ThemeToggle />
        <section aria-label="As shipped" id="as-shipped">
          <Components utilities={false} />
          {/* The app's own rules: an unlayered one, and one in Tailwind's components layer. */}
          <StatusBadge status={19} className="app-square" data-testid="badge-unlayered" />
          <StatusBadge status={19} className="app-dotted" data-testid="badge-components-layer" />
        </section>
        <section aria-label="With Tailwind utilities" id="with-utilities">
          <Components utilities />
        </section>
      </main>
    </StatusKitProvider>
  )
}
