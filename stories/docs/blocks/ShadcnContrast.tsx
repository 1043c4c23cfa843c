/// <reference types="vite/client" />
import tokensCss from '../../../src/styles/tokens.css?raw'
import { mappedContrast } from './shadcn'
import { readTokens, type ThemeName } from './tokens'

const ROWS = mappedContrast(readTokens(tokensCss))

function Ratio({ ratio, minimum }: { ratio: number | null; minimum: number }) {
  if (ratio === null) return <span className="sk-docs-muted">not a colour</span>
  const pass = ratio >= minimum
  return (
    <span data-pass={pass}>
      <strong>{ratio.toFixed(2)}:1</strong> <span className="sk-docs-verdict">{pass ? 'AA pass' : `AA FAIL (< ${minimum})`}</span>
    </span>
  )
}

/**
 * The Theming page's shadcn/ui mapping measured: every pair of colours the components paint that
 * the mapping touches, with shadcn's default theme for the mapped tokens (shadcn.ts), in light
 * and dark. test/docs/shadcn.test.ts fails on any pair below its minimum.
 */
export function ShadcnContrast() {
  return (
    <div className="sk-docs-block sb-unstyled">
      <table className="sk-docs-table sk-docs-contrast">
        <caption>The shadcn/ui mapping, WCAG 2.2 AA contrast ({ROWS.length} pairs)</caption>
        <thead>
          <tr>
            <th scope="col">Colour on background</th>
            <th scope="col">Where</th>
            {(['light', 'dark'] as ThemeName[]).map((theme) => (
              <th scope="col" key={theme}>
                {theme === 'light' ? 'Light' : 'Dark'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ pair: [fg, bg, minimum, where], ratio }) => (
            <tr key={`${fg} ${bg}`}>
              <th scope="row">
                <code>{fg}</code> on <code>{bg}</code>
              </th>
              <td className="sk-docs-muted">
                {where} (≥ {minimum})
              </td>
              <td>
                <Ratio ratio={ratio.light} minimum={minimum} />
              </td>
              <td>
                <Ratio ratio={ratio.dark} minimum={minimum} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
