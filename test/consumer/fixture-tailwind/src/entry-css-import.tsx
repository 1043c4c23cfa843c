// The library imported from the app's CSS, after @import 'tailwindcss' (src/app-css-import.css).
import './app-css-import.css'
import { mount } from './mount'

mount()
