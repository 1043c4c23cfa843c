import type { Meta, StoryObj } from '@storybook/react-vite'

function Placeholder({ text }: { text: string }) {
  return <p style={{ margin: 0 }}>{text}</p>
}

const meta = {
  title: 'Placeholder',
  component: Placeholder,
  args: { text: 'Components land soon' },
  parameters: { frame: 'fit' },
} satisfies Meta<typeof Placeholder>
export default meta

export const Default: StoryObj<typeof meta> = {}
