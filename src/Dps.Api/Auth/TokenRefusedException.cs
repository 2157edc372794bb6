using Microsoft.IdentityModel.Tokens;

namespace Dps.Api.Auth;

/// <summary>A token refused by one of the platform's own rules, or left unchecked; the message is meant for the caller.</summary>
internal sealed class TokenRefusedException(string message) : SecurityTokenValidationException(message);
