using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.ContractManagement.Payments.Claims;

namespace Dps.UnitTests.ContractManagement.Payments;

public sealed class MilestoneClaimTests
{
    [Test]
    public void A_claim_is_for_its_milestone_s_amount_and_records_who_claimed_and_when()
    {
        var claim = Claim(MilestoneKind.Start, Active, At(2027, 1, 4), evidence: new ClaimEvidence("  Signed start form ", " REF-1 "));

        Assert.Multiple(() =>
        {
            Assert.That(claim.Kind, Is.EqualTo(MilestoneKind.Start));
            Assert.That(claim.Amount, Is.EqualTo(new Money(2_000m, "GBP")));
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Claimed));
            Assert.That(claim.ClaimedBy, Is.EqualTo("supplier-1"));
            Assert.That(claim.ClaimedAt, Is.EqualTo(At(2027, 1, 4)));
            Assert.That(claim.Evidence, Is.EqualTo(new ClaimEvidence("Signed start form", "REF-1")));
            Assert.That((claim.InWorkFrom, claim.OutcomeDate, claim.DecidedBy, claim.DecidedAt), Is.EqualTo(((DateOnly?)null, (DateOnly?)null, (string?)null, (DateTimeOffset?)null)));
        });
    }

    [Test]
    public void The_start_is_claimed_from_the_start_date_in_UTC()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Claim(MilestoneKind.Start, Active, new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero)).Status, Is.EqualTo(ClaimStatus.Claimed));
            AssertBrokenRule<MilestoneMustBeDueRule>(() => Claim(MilestoneKind.Start, Active, At(2027, 1, 3)));
            AssertBrokenRule<MilestoneMustBeDueRule>(() => Claim(MilestoneKind.Start, Active, new DateTimeOffset(2027, 1, 4, 0, 30, 0, TimeSpan.FromHours(1))));
        });
    }

    [Test]
    public void The_start_may_still_be_claimed_once_the_contract_is_completed()
    {
        Assert.That(Claim(MilestoneKind.Start, Completed).Amount, Is.EqualTo(new Money(2_000m, "GBP")));
    }

    [Test]
    public void The_completion_is_claimed_once_the_contract_is_completed_from_the_completion_date()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Claim(MilestoneKind.Completion, Completed, At(2027, 3, 31)).Amount, Is.EqualTo(new Money(3_000m, "GBP")));
            AssertBrokenRule<MilestoneMustBeDueRule>(() => Claim(MilestoneKind.Completion, Completed, At(2027, 3, 30)));
            var early = AssertBrokenRule<MilestoneFollowsCompletionRule>(() => Claim(MilestoneKind.Completion, Active, At(2027, 3, 31)));
            Assert.That(early.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        });
    }

    [Test]
    public void A_job_outcome_claim_before_completion_is_refused()
    {
        AssertBrokenRule<MilestoneFollowsCompletionRule>(() => Claim(MilestoneKind.JobOutcome, Active, inWorkFrom: new DateOnly(2027, 3, 1)));
    }

    [TestCase("2027-06-03", "2027-06-30", TestName = "Job outcome done on the window's last day (completion + 13 weeks) is accepted")]
    [TestCase("2027-03-05", "2027-04-01", TestName = "Job outcome done the day after completion is accepted, work started before it")]
    public void A_job_outcome_done_within_the_tracking_window_is_accepted(string inWorkFrom, string outcomeDate)
    {
        var claim = Claim(MilestoneKind.JobOutcome, inWorkFrom: DateOnly.Parse(inWorkFrom));

        Assert.Multiple(() =>
        {
            Assert.That(claim.InWorkFrom, Is.EqualTo(DateOnly.Parse(inWorkFrom)));
            Assert.That(claim.OutcomeDate, Is.EqualTo(DateOnly.Parse(outcomeDate)));
            Assert.That(claim.Amount, Is.EqualTo(new Money(5_000m, "GBP")));
        });
    }

    [TestCase("2027-06-04", TestName = "Job outcome done the day after the window closes (1 July) is refused")]
    [TestCase("2027-03-04", TestName = "Job outcome done on the completion date itself is refused")]
    public void A_job_outcome_done_outside_the_tracking_window_is_refused(string inWorkFrom)
    {
        AssertBrokenRule<JobOutcomeMustBeInItsTrackingWindowRule>(() => Claim(MilestoneKind.JobOutcome, inWorkFrom: DateOnly.Parse(inWorkFrom)));
    }

    [Test]
    public void The_weeks_in_work_and_the_window_are_the_funding_model_s()
    {
        var longer = MilestoneSchedule.Of(new FundingModel(Guid.NewGuid(), 10m, 30m, 60m, 6, 26), new Money(10_000m, "GBP"));

        Assert.Multiple(() =>
        {
            // 26 weeks after 31 March is 29 September; 6 weeks in work from 19 August end on it.
            Assert.That(Claim(MilestoneKind.JobOutcome, inWorkFrom: new DateOnly(2027, 8, 19), schedule: longer, at: At(2027, 10, 1)).OutcomeDate, Is.EqualTo(new DateOnly(2027, 9, 29)));
            AssertBrokenRule<JobOutcomeMustBeInItsTrackingWindowRule>(() => Claim(MilestoneKind.JobOutcome, inWorkFrom: new DateOnly(2027, 8, 20), schedule: longer, at: At(2027, 10, 1)));
        });
    }

    [Test]
    public void A_job_outcome_is_claimed_from_its_outcome_date_not_before()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Claim(MilestoneKind.JobOutcome, inWorkFrom: new DateOnly(2027, 4, 5), at: At(2027, 5, 2)).OutcomeDate, Is.EqualTo(new DateOnly(2027, 5, 2)));
            AssertBrokenRule<MilestoneMustBeDueRule>(() => Claim(MilestoneKind.JobOutcome, inWorkFrom: new DateOnly(2027, 4, 5), at: At(2027, 5, 1)));
        });
    }

    [Test]
    public void A_job_outcome_claim_says_when_work_started()
    {
        AssertBrokenRule<JobOutcomeMustBeInItsTrackingWindowRule>(() => Claim(MilestoneKind.JobOutcome, inWorkFrom: null));
    }

    [Test]
    public void A_milestone_the_funding_model_does_not_pay_is_not_claimed()
    {
        AssertBrokenRule<MilestoneMustBeInTheScheduleRule>(() => Claim(MilestoneKind.JobOutcome, inWorkFrom: new DateOnly(2027, 4, 5), schedule: Engagement));
    }

    [Test]
    public void A_milestone_is_claimed_once()
    {
        var first = Claim(MilestoneKind.Start);

        var again = AssertBrokenRule<MilestoneIsClaimedOnceRule>(() => Claim(MilestoneKind.Start, earlier: [first]));
        Assert.That(again.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void A_verified_milestone_is_not_claimed_again()
    {
        var verified = Claim(MilestoneKind.Start).Verify("buyer-1", At(2027, 7, 16));

        AssertBrokenRule<MilestoneIsClaimedOnceRule>(() => Claim(MilestoneKind.Start, earlier: [verified]));
    }

    [Test]
    public void A_rejected_milestone_may_be_claimed_again()
    {
        var rejected = Claim(MilestoneKind.Start).Reject("buyer-1", "Form unsigned", At(2027, 7, 16));

        Assert.That(Claim(MilestoneKind.Start, earlier: [rejected]).Status, Is.EqualTo(ClaimStatus.Claimed));
    }

    [Test]
    public void A_claim_of_one_milestone_does_not_block_another()
    {
        var start = Claim(MilestoneKind.Start);

        Assert.That(Claim(MilestoneKind.Completion, earlier: [start]).Kind, Is.EqualTo(MilestoneKind.Completion));
    }

    [TestCase(1, TestName = "A terminated contract takes no start claim")]
    [TestCase(2, TestName = "A terminated contract takes no completion claim")]
    [TestCase(3, TestName = "A terminated contract takes no job-outcome claim")]
    public void A_terminated_contract_takes_no_claims(int milestone)
    {
        var kind = (MilestoneKind)milestone;
        var terminated = new ContractProgress(ContractStatus.Terminated, StartDate, null);

        var refused = AssertBrokenRule<TerminatedContractTakesNoClaimsRule>(() => Claim(kind, terminated, inWorkFrom: new DateOnly(2027, 4, 5)));
        Assert.That(refused.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [TestCase("", "REF-1")]
    [TestCase("Signed start form", " ")]
    [TestCase(null, null)]
    public void A_claim_shows_its_evidence_a_description_and_a_reference(string? description, string? reference)
    {
        AssertBrokenRule<ClaimMustShowItsEvidenceRule>(() => Claim(MilestoneKind.Start, evidence: new ClaimEvidence(description!, reference!)));
    }
}
