using Dps.Catalogue.Domain.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Catalogue.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per DPS: the ids of the authorities taking part, as Qualification's latest event stated them. Its own id keeps
/// its audit entries apart from the DPS's own, which Qualification's trail files under the DPS id.
/// </summary>
internal sealed class DpsParticipantsConfiguration : IEntityTypeConfiguration<DpsParticipants>
{
    public void Configure(EntityTypeBuilder<DpsParticipants> builder)
    {
        builder.ToTable("dps_participants");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.DpsId).IsUnique();
    }
}
