/** The Testomat.io sink and its HTTP client, loaded by `pushToTestomat` only: converting needs neither. */
export * as TestomatClient from "@tr/testomat/TestomatClient"
export * as TestomatSink from "@tr/testomat/TestomatSink"
