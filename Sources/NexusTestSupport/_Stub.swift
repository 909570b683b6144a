enum _StubNexusTestSupport {}
