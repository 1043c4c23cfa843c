// A Tailwind CSS v4 app as `npm create vite` and the Tailwind and shadcn/ui guides set it up.
import tailwindcss from '@tailwindcss/vite'

export default {
  plugins: [tailwindcss()],
  oxc: { jsx: { runtime: 'automatic' } },
}
