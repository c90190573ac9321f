import { shared } from "@tr/tooling/vitest"

export default shared
