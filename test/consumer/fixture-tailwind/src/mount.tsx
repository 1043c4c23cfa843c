import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

export function mount(): void {
  const container = document.getElementById('root')
  if (!container) throw new Error('#root missing')
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
