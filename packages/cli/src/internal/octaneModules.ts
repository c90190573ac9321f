/** The ALM Octane sink, its HTTP client and XSD validator, loaded by `pushToOctane` only. */
export * as OctaneClient from "@tr/octane/OctaneClient"
export * as OctaneSink from "@tr/octane/OctaneSink"
