import { expect, test } from '@playwright/test'

/**
 * The docs site as a newcomer opens it: the root URL lands on the Introduction, the tab says our
 * name, Storybook's onboarding checklist is not there, and loading logs no error and no warning of
 * ours (anything from statuskit or from our docs pages; Storybook's own notices are not ours).
 */
test('the docs site opens on the Introduction, under our title, with a clean console', async ({ page }) => {
  const messages: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`))
  await page.goto('/')
  await expect(page).toHaveURL(/path=\/docs\/docs-introduction--docs/)
  const preview = page.frameLocator('#storybook-preview-iframe')
  await expect(preview.getByRole('heading', { level: 1, name: 'statuskit' })).toBeVisible()
  await expect(preview.getByRole('table').first()).toBeVisible()
  await expect(page).toHaveTitle(/statuskit$/)
  await expect(page.locator('link[rel="icon"][href$="favicon.svg"]')).toHaveCount(1)
  await expect(page.getByText(/get started|onboarding/i)).toHaveCount(0)
  // The sidebar lists the guides first.
  const sidebarItems = page.locator('#storybook-explorer-menu').getByRole('link')
  await expect(sidebarItems.first()).toHaveText(/Introduction/)
  await page.waitForTimeout(500)
  expect(messages).toEqual([])
})
