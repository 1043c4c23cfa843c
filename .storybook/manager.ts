import { addons } from 'storybook/manager-api'
import { create } from 'storybook/theming'

// Our name in the sidebar and the browser tab ("statuskit" instead of "Storybook").
addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'statuskit', brandUrl: './' }),
})

// The browser tab reads "StatusBadge - Docs ⋅ statuskit": Storybook writes its own name into every
// title it sets and offers no option for it, so the suffix is swapped as the title changes.
const OWN_NAME = 'statuskit'
const retitle = () => {
  const title = document.title.replace(/Storybook$/, OWN_NAME)
  if (title !== document.title) document.title = title
}
new MutationObserver(retitle).observe(document.head, { subtree: true, childList: true, characterData: true })
retitle()
