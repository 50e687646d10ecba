namespace Scdl.Budget.Web.Tests.Load;

/// <summary>The load test runs alone, after the other tests, so that its figures are its own.</summary>
[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class RunAlone;
