import Testing
@testable import DossierShell

@Test func shellModuleLoads() { #expect(Bool(true)) }
