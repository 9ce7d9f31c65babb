namespace SanctionsWatch.Storage;

/// <summary>
/// A property a table leaves out (it says nothing on a screen, or another column says it better); CSV and JSON keep it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HiddenInTablesAttribute : Attribute;
