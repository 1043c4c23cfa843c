// The reference: the same app and theme without Tailwind. Every component must compute the same
// styles here as in the two Tailwind pages.
import '@statuskit/react/styles.css'
import './plain.css'
import { mount } from './mount'

mount()
