// Relative, not `@tr/tooling/vitest`: the tooling depends on this package (its Octane emulator validates with it).
import { shared } from "../../tooling/vitest.shared.mjs"

export default shared
