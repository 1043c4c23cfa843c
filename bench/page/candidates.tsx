/**
 * The candidates that are not ours: the bare references (a span with text, bare dots: for
 * information, no component could render so little) and what a dashboard would otherwise use.
 * The markup floors, which our components are measured against, are in ours.tsx.
 */
import Chip from '@mui/material/Chip'
import MuiTooltip from '@mui/material/Tooltip'
import * as Tooltip from '@radix-ui/react-tooltip'
import type { ReactElement } from 'react'
import { BADGE_DESCRIPTION, FLOOR_BADGE_CLASS, FLOOR_BADGE_LABEL, FLOOR_DOTS, FLOOR_PILL, historyNow, type Rows } from './data'
import { historyTexts } from './ours'

export interface Candidate {
  name: string
  /** The candidate whose time is 1x for this one (its floor); absent for a bare reference. */
  floor?: string
  /** For a markup floor: the component whose rows it must commit identically (the harness checks). */
  markupOf?: string
  /** The tooltip must also open on keyboard focus (Tab onto the first row's trigger); ours only. */
  keyboard?: boolean
  /** Matches one element per row: the harness checks that N of them rendered. */
  itemSelector: string
  /** The element the pointer enters for the tooltip timing; absent when there is no tooltip. */
  hoverSelector?: string
  render: (rows: Rows) => ReactElement
}

const ABSOLUTE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

const MUI_TONE = { neutral: 'default', info: 'info', progress: 'primary', success: 'success', warning: 'warning', danger: 'error' } as const

export const otherCandidates: Candidate[] = [
  {
    name: 'bare span (badge)',
    itemSelector: '.floor-badge',
    render: ({ codes }) => <>{codes.map((code, i) => <span key={i} className={FLOOR_BADGE_CLASS[code]}>{FLOOR_BADGE_LABEL[code]}</span>)}</>,
  },
  {
    name: 'Radix Tooltip.Root per badge',
    floor: 'StatusBadge markup floor',
    itemSelector: '.radix-badge',
    hoverSelector: '.radix-badge',
    // The shadcn pattern: one provider, then Root + Trigger asChild + Portal + Content per badge.
    render: ({ codes }) => (
      <Tooltip.Provider delayDuration={0}>
        {codes.map((code, i) => (
          <Tooltip.Root key={i}>
            <Tooltip.Trigger asChild>
              <span className={`radix-badge ${FLOOR_BADGE_CLASS[code]}`}>{FLOOR_BADGE_LABEL[code]}</span>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content className="radix-tooltip" sideOffset={4}>{BADGE_DESCRIPTION[code]}</Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        ))}
      </Tooltip.Provider>
    ),
  },
  {
    name: 'MUI Chip in Tooltip',
    floor: 'StatusBadge markup floor',
    itemSelector: '.MuiChip-root',
    hoverSelector: '.MuiChip-root',
    render: ({ codes }) => (
      <>
        {codes.map((code, i) => (
          <MuiTooltip key={i} title={BADGE_DESCRIPTION[code]} enterDelay={0} enterNextDelay={0}>
            <Chip size="small" label={FLOOR_BADGE_LABEL[code]} color={MUI_TONE[toneOf(code)]} />
          </MuiTooltip>
        ))}
      </>
    ),
  },
  {
    name: 'bare span (pill)',
    itemSelector: '.floor-badge',
    render: ({ credentials }) => (
      <>
        {credentials.map((credential, i) => {
          const floor = FLOOR_PILL.get(credential)!
          return <span key={i} className={floor.className}>{floor.label}</span>
        })}
      </>
    ),
  },
  {
    // What a dashboard renders without the summary: the same items as a bare list.
    name: 'summary floor (bare list)',
    itemSelector: '.floor-row',
    render: ({ codes }) => <ul>{codes.map((code, i) => <li key={i} className="floor-row">{FLOOR_BADGE_LABEL[code]}</li>)}</ul>,
  },
  {
    // A history without the component: per event a label and its time, absolute and relative.
    name: 'history floor (bare ol)',
    itemSelector: '.floor-event',
    render: ({ events }) => (
      <ol>
        {events.map((event, i) => (
          <li key={i} className="floor-event">
            <span className={FLOOR_BADGE_CLASS[event.status]}>{FLOOR_BADGE_LABEL[event.status]}</span> <time dateTime={event.iso}>{event.absolute}</time> · {event.relative}
          </li>
        ))}
      </ol>
    ),
  },
  {
    // The same, with the same visible text as the history: each stage's duration on its first
    // event and "Failed here" on the failure, as a bare list would add them (one element each, so
    // that they read apart from the label). The texts are the history's own, read back once.
    name: 'history floor (bare ol, same texts)',
    itemSelector: '.floor-event',
    render: ({ events }) => {
      const texts = historyTexts(events)
      return <ol>{events.map((event, i) => historyFloorRow(i, event.status, texts[i]!, event.iso, event.absolute, event.relative))}</ol>
    },
  },
  {
    // For information: the same list as one component that builds its rows and formats its times
    // when it renders (cached Intl formatters), as a list given { status, at } must. A floor's
    // render function runs in `prepare`, outside the timings; a component's render is in the mount.
    name: 'history floor (bare ol, same texts, formatted in render)',
    itemSelector: '.floor-event',
    render: ({ events }) => <FormattingHistoryFloor events={events} texts={historyTexts(events)} />,
  },
  {
    name: 'bare dots (pipeline)',
    itemSelector: '.floor-dots',
    render: ({ codes }) => (
      <>
        {codes.map((code, i) => (
          <span key={i} className="floor-dots">
            {FLOOR_DOTS[code]!.map((className, j) => <span key={j} className={className} />)}
          </span>
        ))}
      </>
    ),
  },
]

function toneOf(code: number): keyof typeof MUI_TONE {
  return FLOOR_BADGE_CLASS[code]!.slice('floor-badge floor-badge--'.length) as keyof typeof MUI_TONE
}

/** The stage and failure texts come in ready (read back from the component outside the timings, as for the floor above). */
function FormattingHistoryFloor({ events, texts }: { events: Rows['events']; texts: ReturnType<typeof historyTexts> }) {
  const now = historyNow(events.length)
  return (
    <ol>
      {events.map((event, i) =>
        historyFloorRow(i, event.status, texts[i]!, new Date(event.at).toISOString(), ABSOLUTE.format(event.at), RELATIVE.format(Math.round((event.at - now) / 60_000), 'minute')),
      )}
    </ol>
  )
}

/** One row of the history floors: a plain function, not a component, so it adds no fiber. */
function historyFloorRow(i: number, status: number, texts: ReturnType<typeof historyTexts>[number], iso: string, absolute: string, relative: string) {
  return (
    <li key={i} className="floor-event">
      {texts.stage !== undefined && <b>{texts.stage}</b>}
      <span className={FLOOR_BADGE_CLASS[status]}>{FLOOR_BADGE_LABEL[status]}</span>
      {texts.failed !== undefined && <strong>{texts.failed}</strong>} <time dateTime={iso}>{absolute}</time> · {relative}
    </li>
  )
}
