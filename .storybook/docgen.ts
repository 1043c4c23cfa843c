import type { ArgTypesEnhancer } from 'storybook/internal/types'

interface DocgenType {
  name: string
  raw?: string
  elements?: DocgenType[]
  value?: string
}
interface DocgenInfo {
  props?: Record<string, { tsType?: DocgenType }>
}

/**
 * Storybook turns react-docgen's TypeScript unions into the bare word "union" in the prop tables
 * (it prints `tsType.name` and drops the `raw` text react-docgen gives). This puts the written
 * type back (`'sm' | 'md'`, `false | ReactNode`) and, for unions of string literals, offers the
 * values as a radio control. (react-docgen-typescript would resolve them itself, but it needs the
 * TypeScript compiler API, which TypeScript 7 does not have.)
 */
export const showUnionValues: ArgTypesEnhancer = (context) => {
  const docgen = (context.component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo
  const argTypes = { ...context.argTypes }
  for (const [name, prop] of Object.entries(docgen?.props ?? {})) {
    const type = prop.tsType
    const argType = argTypes[name]
    if (type?.name !== 'union' || !type.raw || !argType) continue
    const literals = type.elements?.every((element) => element.name === 'literal' && element.value?.startsWith("'"))
    argTypes[name] = {
      ...argType,
      table: { ...argType.table, type: { summary: type.raw } },
      ...(literals && !argType.control && { control: 'inline-radio', options: type.elements!.map((element) => element.value!.slice(1, -1)) }),
    }
  }
  return argTypes
}
