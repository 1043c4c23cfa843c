/// <reference types="vite/client" />
import { useMemo } from 'react'
import tokensCss from '../../../src/styles/tokens.css?raw'
import { contrastRatio, contrastRules, readTokens, resolveValue, type Rgb, type ThemeName, type TokenValues } from './tokens'

const TOKENS = readTokens(tokensCss)

/** Any CSS colour the browser understands, as sRGB channels: painted on a 1 px canvas and read back. */
function toRgb(colour: string): Rgb | null {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  if (!context) return null
  // An invalid colour leaves fillStyle as it was: a sentinel tells it apart.
  const sentinel = '#010203'
  context.fillStyle = sentinel
  context.fillStyle = colour
  if (context.fillStyle === sentinel && colour.trim().toLowerCase() !== sentinel) return null
  context.fillRect(0, 0, 1, 1)
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data
  return [r!, g!, b!]
}

function Swatch({ token, value }: { token: string; value: string }) {
  if (token.startsWith('--sk-color-')) return <span className="sk-docs-swatch" style={{ background: value }} />
  if (token.startsWith('--sk-icon-')) return <span className="sk-docs-swatch sk-docs-swatch--icon" style={{ maskImage: value }} />
  return null
}

function Contrast({ token, theme }: { token: TokenValues; theme: ThemeName }) {
  const rules = contrastRules(token.name)
  if (rules.length === 0) return <span className="sk-docs-muted">—</span>
  return (
    <ul className="sk-docs-contrast">
      {rules.map((rule) => {
        const fg = toRgb(resolveValue(token[theme], TOKENS, theme))
        const bgToken = TOKENS.find((candidate) => candidate.name === rule.background)
        const bg = bgToken && toRgb(resolveValue(bgToken[theme], TOKENS, theme))
        if (!fg || !bg) return <li key={rule.background}>not a colour</li>
        const ratio = contrastRatio(fg, bg)
        const pass = ratio >= rule.minimum
        return (
          <li key={rule.background} data-pass={pass}>
            <strong>{ratio.toFixed(2)}:1</strong> on <code>{rule.background.replace('--sk-color-', '')}</code>{' '}
            <span className="sk-docs-verdict">{pass ? `AA pass (≥ ${rule.minimum})` : `AA FAIL (< ${rule.minimum})`}</span>
            <span className="sk-docs-muted"> · {rule.usage}</span>
          </li>
        )
      })}
    </ul>
  )
}

/** Shortens the data URIs of the icon masks: the full text is in tokens.css. */
const shown = (value: string) => (value.startsWith('url(') ? 'SVG mask (data URI)' : value)

/**
 * Every `--sk-` token of tokens.css in one theme: a live swatch painted in that theme, the value,
 * and, for colours that carry meaning, the WCAG contrast ratio against what they are drawn on,
 * computed here in the browser from the resolved colours.
 */
export function TokenTable({ theme, filter = 'color' }: { theme: ThemeName; filter?: 'color' | 'other' }) {
  const tokens = useMemo(() => TOKENS.filter((token) => token.name.startsWith('--sk-color-') === (filter === 'color')), [filter])
  return (
    <div className="sk-docs-block sb-unstyled" data-theme={theme}>
      <table className="sk-docs-table">
        <caption>
          {filter === 'color' ? `Colour tokens, ${theme} theme` : 'Size, type and icon tokens, light and dark'} ({tokens.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Swatch</th>
            {filter === 'color' ? <th scope="col">Value</th> : (['light', 'dark'] as const).map((name) => <th scope="col" key={name}>{name === 'light' ? 'Light' : 'Dark'}</th>)}
            {filter === 'color' && <th scope="col">Contrast (WCAG 2.2 AA)</th>}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td>
                <Swatch token={token.name} value={resolveValue(token[theme], TOKENS, theme)} />
              </td>
              {filter === 'color' ? (
                <td>
                  <code>{shown(token[theme])}</code>
                </td>
              ) : (
                (['light', 'dark'] as const).map((name) => (
                  <td key={name}>
                    <code>{shown(token[name])}</code>
                  </td>
                ))
              )}
              {filter === 'color' && (
                <td>
                  <Contrast token={token} theme={theme} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
