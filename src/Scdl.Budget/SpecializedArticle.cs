namespace Scdl.Budget;

/// <summary>
/// Identifies whether the article was voted as specialised: column <c>BGT_ARTSPE</c>.
/// </summary>
/// <remarks><c>default(SpecializedArticle)</c> (0) means "not set"; a missing cell is a <see langword="null"/> property.</remarks>
public enum SpecializedArticle
{
    /// <summary>Article not specialised at vote: CSV <c>non spécialisé</c>, TOTEM ArtSpe false.</summary>
    NonSpecialise = 1,

    /// <summary>Article specialised at vote: CSV <c>spécialisé</c>, TOTEM ArtSpe true.</summary>
    Specialise = 2,
}
