// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { StoryContextForEnhancers } from 'storybook/internal/types'
import { showUnionValues } from '../../.storybook/docgen'

/** What react-docgen gives Storybook for StatusBadge's `size` and `tooltip` props. */
const component = Object.assign(() => null, {
  __docgenInfo: {
    props: {
      size: { tsType: { name: 'union', raw: "'sm' | 'md'", elements: [{ name: 'literal', value: "'sm'" }, { name: 'literal', value: "'md'" }] } },
      tooltip: { tsType: { name: 'union', raw: 'false | ReactNode', elements: [{ name: 'literal', value: 'false' }, { name: 'ReactNode' }] } },
      label: { tsType: { name: 'string' } },
    },
  },
})

const context = (argTypes: Record<string, object>) => ({ component, argTypes }) as unknown as StoryContextForEnhancers

describe('prop tables', () => {
  const argTypes = {
    size: { name: 'size', table: { type: { summary: 'union' } } },
    tooltip: { name: 'tooltip', table: { type: { summary: 'union' } } },
    label: { name: 'label', table: { type: { summary: 'string' } } },
  }

  it('show the values of a union instead of the word "union"', () => {
    const enhanced = showUnionValues(context(argTypes))
    expect(enhanced.size?.table?.type?.summary).toBe("'sm' | 'md'")
    expect(enhanced.tooltip?.table?.type?.summary).toBe('false | ReactNode')
    expect(enhanced.label?.table?.type?.summary).toBe('string')
  })

  it('offer a union of string literals as radio buttons, and leave a control the story set', () => {
    expect(showUnionValues(context(argTypes)).size).toMatchObject({ control: 'inline-radio', options: ['sm', 'md'] })
    expect(showUnionValues(context(argTypes)).tooltip?.control).toBeUndefined()
    expect(showUnionValues(context({ ...argTypes, size: { ...argTypes.size, control: 'select' } })).size?.control).toBe('select')
  })
})
