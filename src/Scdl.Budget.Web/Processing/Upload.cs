namespace Scdl.Budget.Web.Processing;

/// <summary>One uploaded file: its name (as given, never a path on this server), its kind and its content.</summary>
/// <param name="Name">The file name given by the client, or a name made from the kind when none was given.</param>
/// <param name="Kind">What the file is.</param>
/// <param name="Content">The content, read forward (the request body) or from a temporary file.</param>
internal sealed record Upload(string Name, InputKind Kind, Stream Content);
