// The README's order: the library's stylesheet first in the entry, then the app's CSS, which
// starts with @import 'tailwindcss'. The bundle therefore has the library's rules before Tailwind's.
import '@statuskit/react/styles.css'
import './app.css'
import { mount } from './mount'

mount()
