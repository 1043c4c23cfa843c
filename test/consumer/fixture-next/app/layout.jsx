// A Server Component: the stylesheet and the (client) provider around every page.
import '@statuskit/react/styles.css'
// Copied in by run-next.mjs from the Vite fixture (src/host.css): the host's own dark switch.
import './host.css'
import { StatusKitProvider } from '@statuskit/react'

export const metadata = { title: 'statuskit on Next.js' }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <StatusKitProvider locale="en" messages={{ actions: { retry: 'Try again (from the layout)' } }}>{children}</StatusKitProvider>
      </body>
    </html>
  )
}
