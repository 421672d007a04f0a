using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Explainer.Preview;

/// <summary>netlify.toml read as an untyped table, with source-generated metadata (no reflection: Native AOT works).</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyToml : TomlSerializerContext;
