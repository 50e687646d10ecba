namespace Scdl.Budget.Totem.Internal;

/// <summary>The built-in catalogue of plans de comptes, through the core nomenclature.</summary>
internal sealed class BuiltInPlans : IPlanSource
{
    public static BuiltInPlans Instance { get; } = new();

    // Until the core nomenclature catalogue is available, no plan is known: conversion reports the nomenclature as unknown.
    public IPlanLookup? Find(string norme, string declinaison, int year) => null;
}
