IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [IsDisabled] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAt] datetimeoffset NOT NULL,
        [UserId] uniqueidentifier NULL,
        [Role] nvarchar(100) NULL,
        [PatientId] uniqueidentifier NULL,
        [Action] nvarchar(40) NOT NULL,
        [Resource] nvarchar(200) NOT NULL,
        [ResourceId] nvarchar(100) NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [CorrelationId] nvarchar(100) NULL,
        [ClientAddress] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Key] nvarchar(100) NOT NULL,
        [Scope] nvarchar(100) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [StatusCode] int NOT NULL,
        [ResponseJson] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Scope], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Institutions] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Institutions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Instruments] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(100) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Instruments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [JurisdictionRules] (
        [Id] uniqueidentifier NOT NULL,
        [JurisdictionCode] nvarchar(10) NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Section] nvarchar(20) NOT NULL,
        [Act] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [NameNb] nvarchar(200) NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [ComplaintBodyEn] nvarchar(200) NOT NULL,
        [ComplaintBodyNb] nvarchar(200) NOT NULL,
        [FormalDecisionRequiredWithConsent] bit NOT NULL,
        [RequiresCapacityAssessment] bit NOT NULL,
        [RequiresMilderMeansTried] bit NOT NULL,
        [FollowUpConversationRequired] bit NOT NULL,
        [NotesEn] nvarchar(2000) NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_JurisdictionRules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [RuleSets] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Version] int NOT NULL,
        [ParametersJson] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        [ChangeNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_RuleSets] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Wards] (
        [Id] uniqueidentifier NOT NULL,
        [InstitutionId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [JurisdictionCode] nvarchar(10) NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Wards] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Wards_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [InstrumentVersions] (
        [Id] uniqueidentifier NOT NULL,
        [InstrumentId] uniqueidentifier NOT NULL,
        [Version] nvarchar(40) NOT NULL,
        [Rater] nvarchar(40) NOT NULL,
        [LicenceNote] nvarchar(2000) NULL,
        [Reliability] float NOT NULL,
        [NormativeSd] float NOT NULL,
        [PackJson] nvarchar(max) NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        [IsLocked] bit NOT NULL,
        CONSTRAINT [PK_InstrumentVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstrumentVersions_Instruments_InstrumentId] FOREIGN KEY ([InstrumentId]) REFERENCES [Instruments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [JurisdictionRuleMeans] (
        [Id] uniqueidentifier NOT NULL,
        [RuleId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [NameNb] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_JurisdictionRuleMeans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_JurisdictionRuleMeans_JurisdictionRules_RuleId] FOREIGN KEY ([RuleId]) REFERENCES [JurisdictionRules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Patients] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [DisplayAlias] nvarchar(100) NOT NULL,
        [PreferredLanguage] nvarchar(20) NOT NULL,
        [HospitalRecordReference] nvarchar(100) NULL,
        [RegisteredAt] datetimeoffset NOT NULL,
        [RegisteredBy] uniqueidentifier NOT NULL,
        [IsSynthetic] bit NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Patients] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Patients_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [WardMemberships] (
        [Id] uniqueidentifier NOT NULL,
        [StaffUserId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [From] datetimeoffset NOT NULL,
        [To] datetimeoffset NULL,
        CONSTRAINT [PK_WardMemberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WardMemberships_AspNetUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WardMemberships_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [InstrumentItems] (
        [Id] uniqueidentifier NOT NULL,
        [InstrumentVersionId] uniqueidentifier NOT NULL,
        [Key] nvarchar(100) NOT NULL,
        [Order] int NOT NULL,
        [Subscale] nvarchar(40) NOT NULL,
        [ScaleMin] int NOT NULL,
        [ScaleMax] int NOT NULL,
        [IsRequired] bit NOT NULL,
        CONSTRAINT [PK_InstrumentItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstrumentItems_InstrumentVersions_InstrumentVersionId] FOREIGN KEY ([InstrumentVersionId]) REFERENCES [InstrumentVersions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [InstrumentTexts] (
        [Id] uniqueidentifier NOT NULL,
        [InstrumentVersionId] uniqueidentifier NOT NULL,
        [Language] nvarchar(20) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_InstrumentTexts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstrumentTexts_InstrumentVersions_InstrumentVersionId] FOREIGN KEY ([InstrumentVersionId]) REFERENCES [InstrumentVersions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AutonomyDecisions] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [RuleId] uniqueidentifier NOT NULL,
        [Current_CapacityAssessmentId] uniqueidentifier NULL,
        [Current_DecidedAt] datetimeoffset NOT NULL,
        [Current_EndsAt] datetimeoffset NULL,
        [Current_MeansCode] nvarchar(20) NULL,
        [Current_MilderMeansTried] nvarchar(4000) NULL,
        [Current_PatientConsented] bit NOT NULL,
        [Current_PatientInformedOfComplaintRight] bit NOT NULL,
        [Current_PatientView] nvarchar(4000) NULL,
        [Current_PatientViewNotRecordedReason] nvarchar(2000) NULL,
        [Current_Rationale] nvarchar(4000) NULL,
        [Current_ResponsibleClinicianId] uniqueidentifier NOT NULL,
        [Current_StartsAt] datetimeoffset NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AutonomyDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AutonomyDecisions_JurisdictionRules_RuleId] FOREIGN KEY ([RuleId]) REFERENCES [JurisdictionRules] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AutonomyDecisions_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AutonomyDecisions_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [CareTeamMemberships] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [StaffUserId] uniqueidentifier NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [From] datetimeoffset NOT NULL,
        [To] datetimeoffset NULL,
        [AddedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CareTeamMemberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CareTeamMemberships_AspNetUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CareTeamMemberships_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [CrisisPlans] (
        [Id] uniqueidentifier NOT NULL,
        [Current_LeastIntrusiveMeasure] nvarchar(2000) NULL,
        [Current_OtherPreferences] nvarchar(4000) NULL,
        [Current_WhatHelpsToCalmDown] nvarchar(2000) NULL,
        [Current_WhatMakesItWorse] nvarchar(2000) NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CrisisPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CrisisPlans_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Episodes] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [AdmittedAt] datetimeoffset NOT NULL,
        [DischargedAt] datetimeoffset NULL,
        [AdmittedBy] uniqueidentifier NOT NULL,
        [DischargedBy] uniqueidentifier NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Episodes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Episodes_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Episodes_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Flags] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NULL,
        [RuleId] nvarchar(100) NOT NULL,
        [RuleSetVersion] int NOT NULL,
        [FindingKey] nvarchar(200) NOT NULL,
        [Severity] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [InputsJson] nvarchar(max) NOT NULL,
        [ExplanationEn] nvarchar(2000) NOT NULL,
        [ExplanationNb] nvarchar(2000) NOT NULL,
        [RaisedAt] datetimeoffset NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        [AcknowledgedAt] datetimeoffset NULL,
        [AcknowledgedBy] uniqueidentifier NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ResolvedBy] uniqueidentifier NULL,
        [ResolutionNote] nvarchar(2000) NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Flags] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Flags_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Goals] (
        [Id] uniqueidentifier NOT NULL,
        [Current_Agreement] nvarchar(40) NOT NULL,
        [Current_PatientWords] nvarchar(4000) NULL,
        [Current_ProposedBy] nvarchar(40) NOT NULL,
        [Current_Status] nvarchar(40) NOT NULL,
        [Current_TherapistFormulation] nvarchar(4000) NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Goals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Goals_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [NeedToKnowAccesses] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [StaffUserId] uniqueidentifier NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [GrantedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_NeedToKnowAccesses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NeedToKnowAccesses_AspNetUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NeedToKnowAccesses_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [RetainedAutonomy] (
        [Id] uniqueidentifier NOT NULL,
        [Current_Description] nvarchar(2000) NULL,
        [Current_Domain] nvarchar(40) NOT NULL,
        [Current_From] datetimeoffset NOT NULL,
        [Current_To] datetimeoffset NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RetainedAutonomy] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RetainedAutonomy_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [RuptureEpisodes] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Rater] nvarchar(40) NOT NULL,
        [OpenedBySessionId] uniqueidentifier NOT NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [OpenedByRuleId] nvarchar(100) NOT NULL,
        [BaselineMean] float NULL,
        [BaselineSd] float NULL,
        [Status] nvarchar(40) NOT NULL,
        [ClosedBySessionId] uniqueidentifier NULL,
        [ClosedAt] datetimeoffset NULL,
        [RuleSetVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RuptureEpisodes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RuptureEpisodes_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Sessions] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [TherapistId] uniqueidentifier NOT NULL,
        [Current_DurationMinutes] int NOT NULL,
        [Current_FollowsUpDecisionId] uniqueidentifier NULL,
        [Current_Kind] nvarchar(40) NOT NULL,
        [Current_Note] nvarchar(4000) NULL,
        [Current_StartsAt] datetimeoffset NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Sessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Sessions_AspNetUsers_TherapistId] FOREIGN KEY ([TherapistId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Sessions_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Sessions_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [SummaryDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [Audience] nvarchar(40) NOT NULL,
        [Language] nvarchar(20) NOT NULL,
        [PeriodFrom] date NOT NULL,
        [PeriodTo] date NOT NULL,
        [Version] int NOT NULL,
        [GeneratedAt] datetimeoffset NOT NULL,
        [GeneratedBy] uniqueidentifier NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_SummaryDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SummaryDocuments_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [AutonomyDecisionVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_CapacityAssessmentId] uniqueidentifier NULL,
        [Content_DecidedAt] datetimeoffset NOT NULL,
        [Content_EndsAt] datetimeoffset NULL,
        [Content_MeansCode] nvarchar(20) NULL,
        [Content_MilderMeansTried] nvarchar(4000) NULL,
        [Content_PatientConsented] bit NOT NULL,
        [Content_PatientInformedOfComplaintRight] bit NOT NULL,
        [Content_PatientView] nvarchar(4000) NULL,
        [Content_PatientViewNotRecordedReason] nvarchar(2000) NULL,
        [Content_Rationale] nvarchar(4000) NULL,
        [Content_ResponsibleClinicianId] uniqueidentifier NOT NULL,
        [Content_StartsAt] datetimeoffset NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_AutonomyDecisionVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AutonomyDecisionVersions_AutonomyDecisions_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [AutonomyDecisions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [FollowUpConversations] (
        [Id] uniqueidentifier NOT NULL,
        [DecisionId] uniqueidentifier NOT NULL,
        [OfferedAt] datetimeoffset NOT NULL,
        [HeldAt] datetimeoffset NULL,
        [DeclinedByPatient] bit NOT NULL,
        [SessionId] uniqueidentifier NULL,
        [Note] nvarchar(2000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FollowUpConversations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FollowUpConversations_AutonomyDecisions_DecisionId] FOREIGN KEY ([DecisionId]) REFERENCES [AutonomyDecisions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [CrisisPlanVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_LeastIntrusiveMeasure] nvarchar(2000) NULL,
        [Content_OtherPreferences] nvarchar(4000) NULL,
        [Content_WhatHelpsToCalmDown] nvarchar(2000) NULL,
        [Content_WhatMakesItWorse] nvarchar(2000) NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_CrisisPlanVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CrisisPlanVersions_CrisisPlans_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [CrisisPlans] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [CapacityAssessments] (
        [Id] uniqueidentifier NOT NULL,
        [EpisodeId] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [AssessedAt] datetimeoffset NOT NULL,
        [AssessedBy] uniqueidentifier NOT NULL,
        [Result] nvarchar(40) NOT NULL,
        [Scope] nvarchar(500) NULL,
        [Note] nvarchar(4000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [CorrectsAssessmentId] uniqueidentifier NULL,
        [CorrectionReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_CapacityAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CapacityAssessments_Episodes_EpisodeId] FOREIGN KEY ([EpisodeId]) REFERENCES [Episodes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [LegalStatusPeriods] (
        [Id] uniqueidentifier NOT NULL,
        [EpisodeId] uniqueidentifier NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [LegalSection] nvarchar(20) NULL,
        [From] datetimeoffset NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [Note] nvarchar(2000) NULL,
        CONSTRAINT [PK_LegalStatusPeriods] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LegalStatusPeriods_Episodes_EpisodeId] FOREIGN KEY ([EpisodeId]) REFERENCES [Episodes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [GoalVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_Agreement] nvarchar(40) NOT NULL,
        [Content_PatientWords] nvarchar(4000) NULL,
        [Content_ProposedBy] nvarchar(40) NOT NULL,
        [Content_Status] nvarchar(40) NOT NULL,
        [Content_TherapistFormulation] nvarchar(4000) NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_GoalVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_GoalVersions_Goals_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [Goals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [RetainedAutonomyVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_Description] nvarchar(2000) NULL,
        [Content_Domain] nvarchar(40) NOT NULL,
        [Content_From] datetimeoffset NOT NULL,
        [Content_To] datetimeoffset NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_RetainedAutonomyVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RetainedAutonomyVersions_RetainedAutonomy_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [RetainedAutonomy] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [NonResponses] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Reason] nvarchar(40) NOT NULL,
        [Note] nvarchar(2000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NULL,
        [SubmissionId] uniqueidentifier NULL,
        CONSTRAINT [PK_NonResponses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NonResponses_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NonResponses_Sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [Sessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [Ratings] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Rater] nvarchar(40) NOT NULL,
        [EnteredBy] uniqueidentifier NULL,
        [InstrumentVersionId] uniqueidentifier NOT NULL,
        [Source] nvarchar(40) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [RuptureReported] nvarchar(40) NOT NULL,
        [RuptureTalkedThrough] bit NULL,
        [MainDecisionAgreement] nvarchar(40) NULL,
        [PatientWants] nvarchar(4000) NULL,
        [WhatWeCanAgreeOn] nvarchar(4000) NULL,
        [Disclosure] nvarchar(40) NOT NULL,
        [SubmissionId] uniqueidentifier NULL,
        [SupersedesRatingId] uniqueidentifier NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        [Scores_Bond100] float NULL,
        [Scores_BondRaw] float NULL,
        [Scores_Goal100] float NULL,
        [Scores_GoalRaw] float NULL,
        [Scores_Task100] float NULL,
        [Scores_TaskRaw] float NULL,
        [Scores_Total100] float NULL,
        [Scores_TotalRaw] float NULL,
        CONSTRAINT [PK_Ratings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Ratings_InstrumentVersions_InstrumentVersionId] FOREIGN KEY ([InstrumentVersionId]) REFERENCES [InstrumentVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Ratings_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Ratings_Ratings_SupersedesRatingId] FOREIGN KEY ([SupersedesRatingId]) REFERENCES [Ratings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Ratings_Sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [Sessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [SessionVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_DurationMinutes] int NOT NULL,
        [Content_FollowsUpDecisionId] uniqueidentifier NULL,
        [Content_Kind] nvarchar(40) NOT NULL,
        [Content_Note] nvarchar(4000) NULL,
        [Content_StartsAt] datetimeoffset NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_SessionVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SessionVersions_Sessions_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [Sessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [TabletHandovers] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [Mode] nvarchar(40) NOT NULL,
        [CodeHash] nvarchar(128) NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [RedeemedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_TabletHandovers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TabletHandovers_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TabletHandovers_Sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [Sessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [TreatmentDecisions] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NULL,
        [Current_ClinicianRecommendation] nvarchar(4000) NULL,
        [Current_DecidedAt] datetimeoffset NOT NULL,
        [Current_DecidedBy] nvarchar(40) NOT NULL,
        [Current_OptionsDiscussed] nvarchar(4000) NULL,
        [Current_Outcome] nvarchar(4000) NULL,
        [Current_PatientPosition] nvarchar(40) NOT NULL,
        [Current_PatientPreference] nvarchar(4000) NULL,
        [Current_Rationale] nvarchar(4000) NULL,
        [Current_Stage] nvarchar(40) NOT NULL,
        [Current_Topic] nvarchar(40) NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [CurrentVersion] int NOT NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_TreatmentDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TreatmentDecisions_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TreatmentDecisions_Sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [Sessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [RatingAnswers] (
        [Id] uniqueidentifier NOT NULL,
        [RatingId] uniqueidentifier NOT NULL,
        [ItemKey] nvarchar(100) NOT NULL,
        [Value] int NULL,
        [Text] nvarchar(4000) NULL,
        CONSTRAINT [PK_RatingAnswers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RatingAnswers_Ratings_RatingId] FOREIGN KEY ([RatingId]) REFERENCES [Ratings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE TABLE [TreatmentDecisionVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Content_ClinicianRecommendation] nvarchar(4000) NULL,
        [Content_DecidedAt] datetimeoffset NOT NULL,
        [Content_DecidedBy] nvarchar(40) NOT NULL,
        [Content_OptionsDiscussed] nvarchar(4000) NULL,
        [Content_Outcome] nvarchar(4000) NULL,
        [Content_PatientPosition] nvarchar(40) NOT NULL,
        [Content_PatientPreference] nvarchar(4000) NULL,
        [Content_Rationale] nvarchar(4000) NULL,
        [Content_Stage] nvarchar(40) NOT NULL,
        [Content_Topic] nvarchar(40) NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [VersionNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] uniqueidentifier NOT NULL,
        [AmendmentReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_TreatmentDecisionVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TreatmentDecisionVersions_TreatmentDecisions_RecordId] FOREIGN KEY ([RecordId]) REFERENCES [TreatmentDecisions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Act', N'Category', N'Code', N'ComplaintBodyEn', N'ComplaintBodyNb', N'FollowUpConversationRequired', N'FormalDecisionRequiredWithConsent', N'JurisdictionCode', N'NameEn', N'NameNb', N'NotesEn', N'RequiresCapacityAssessment', N'RequiresMilderMeansTried', N'Section', N'SortOrder') AND [object_id] = OBJECT_ID(N'[JurisdictionRules]'))
        SET IDENTITY_INSERT [JurisdictionRules] ON;
    EXEC(N'INSERT INTO [JurisdictionRules] ([Id], [Act], [Category], [Code], [ComplaintBodyEn], [ComplaintBodyNb], [FollowUpConversationRequired], [FormalDecisionRequiredWithConsent], [JurisdictionCode], [NameEn], [NameNb], [NotesEn], [RequiresCapacityAssessment], [RequiresMilderMeansTried], [Section], [SortOrder])
    VALUES (''0b6b2c1e-3f0a-4c1e-9a01-000000000302'', N''Psykisk helsevernloven'', N''LegalStatus'', N''NO-3-2'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(1 AS bit), N''NO'', N''Compulsory observation'', N''Tvungen observasjon'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§3-2'', 10),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000303'', N''Psykisk helsevernloven'', N''LegalStatus'', N''NO-3-3'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(1 AS bit), N''NO'', N''Compulsory mental health care'', N''Tvungent psykisk helsevern'', N''Since 1 September 2017 requires lack of capacity to consent, unless there is an imminent risk to life or health.'', CAST(1 AS bit), CAST(0 AS bit), N''§3-3'', 20),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000403'', N''Psykisk helsevernloven'', N''Seclusion'', N''NO-4-3'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(1 AS bit), CAST(1 AS bit), N''NO'', N''Seclusion (skjerming)'', N''Skjerming'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§4-3'', 30),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000404'', N''Psykisk helsevernloven'', N''TreatmentWithoutConsent'', N''NO-4-4'', N''the State administrator (Statsforvalteren)'', N''Statsforvalteren'', CAST(0 AS bit), CAST(0 AS bit), N''NO'', N''Treatment without consent'', N''Behandling uten eget samtykke'', N''Valid consent removes the need for a formal decision.'', CAST(1 AS bit), CAST(0 AS bit), N''§4-4'', 40),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000405'', N''Psykisk helsevernloven'', N''ContactRestriction'', N''NO-4-5'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(1 AS bit), N''NO'', N''Restrictions on contact with the outside world'', N''Begrensninger i forbindelse med omverdenen'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§4-5'', 50),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000406'', N''Psykisk helsevernloven'', N''Search'', N''NO-4-6'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(1 AS bit), N''NO'', N''Search of room, belongings or body'', N''Undersøkelse av rom og eiendeler samt kroppsvisitasjon'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§4-6'', 60),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000407'', N''Psykisk helsevernloven'', N''SeizureOrDrugTest'', N''NO-4-7'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(1 AS bit), N''NO'', N''Seizure'', N''Beslag'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§4-7'', 70),
    (''0b6b2c1e-3f0a-4c1e-9a01-000000000408'', N''Psykisk helsevernloven'', N''CoerciveMeans'', N''NO-4-8'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(1 AS bit), CAST(1 AS bit), N''NO'', N''Coercive means'', N''Tvangsmidler'', N''Only when unavoidably necessary, only in 24-hour institutions, and only after milder means have failed.'', CAST(0 AS bit), CAST(1 AS bit), N''§4-8'', 90),
    (''0b6b2c1e-3f0a-4c1e-9a01-00000000047a'', N''Psykisk helsevernloven'', N''SeizureOrDrugTest'', N''NO-4-7a'', N''the Control Commission'', N''kontrollkommisjonen'', CAST(0 AS bit), CAST(0 AS bit), N''NO'', N''Drug testing'', N''Rusmiddeltesting'', NULL, CAST(0 AS bit), CAST(0 AS bit), N''§4-7a'', 80)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Act', N'Category', N'Code', N'ComplaintBodyEn', N'ComplaintBodyNb', N'FollowUpConversationRequired', N'FormalDecisionRequiredWithConsent', N'JurisdictionCode', N'NameEn', N'NameNb', N'NotesEn', N'RequiresCapacityAssessment', N'RequiresMilderMeansTried', N'Section', N'SortOrder') AND [object_id] = OBJECT_ID(N'[JurisdictionRules]'))
        SET IDENTITY_INSERT [JurisdictionRules] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'NameEn', N'NameNb', N'RuleId') AND [object_id] = OBJECT_ID(N'[JurisdictionRuleMeans]'))
        SET IDENTITY_INSERT [JurisdictionRuleMeans] ON;
    EXEC(N'INSERT INTO [JurisdictionRuleMeans] ([Id], [Code], [NameEn], [NameNb], [RuleId])
    VALUES (''0b6b2c1e-3f0a-4c1e-9a02-000000000481'', N''a'', N''Mechanical restraint'', N''Mekaniske tvangsmidler'', ''0b6b2c1e-3f0a-4c1e-9a01-000000000408''),
    (''0b6b2c1e-3f0a-4c1e-9a02-000000000482'', N''b'', N''Short-term isolation behind a locked door'', N''Kortvarig anbringelse bak låst dør'', ''0b6b2c1e-3f0a-4c1e-9a01-000000000408''),
    (''0b6b2c1e-3f0a-4c1e-9a02-000000000483'', N''c'', N''A single dose of short-acting sedative'', N''Enkeltstående bruk av korttidsvirkende legemidler'', ''0b6b2c1e-3f0a-4c1e-9a01-000000000408''),
    (''0b6b2c1e-3f0a-4c1e-9a02-000000000484'', N''d'', N''Short-term holding'', N''Kortvarig fastholding'', ''0b6b2c1e-3f0a-4c1e-9a01-000000000408'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'NameEn', N'NameNb', N'RuleId') AND [object_id] = OBJECT_ID(N'[JurisdictionRuleMeans]'))
        SET IDENTITY_INSERT [JurisdictionRuleMeans] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_PatientId_OccurredAt] ON [AuditEvents] ([PatientId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_UserId_OccurredAt] ON [AuditEvents] ([UserId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AutonomyDecisions_PatientId] ON [AutonomyDecisions] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AutonomyDecisions_RuleId] ON [AutonomyDecisions] ([RuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_AutonomyDecisions_WardId] ON [AutonomyDecisions] ([WardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AutonomyDecisionVersions_RecordId_VersionNumber] ON [AutonomyDecisionVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_CapacityAssessments_EpisodeId] ON [CapacityAssessments] ([EpisodeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_CapacityAssessments_PatientId] ON [CapacityAssessments] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_CareTeamMemberships_PatientId] ON [CareTeamMemberships] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_CareTeamMemberships_StaffUserId_PatientId] ON [CareTeamMemberships] ([StaffUserId], [PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_CrisisPlans_PatientId] ON [CrisisPlans] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CrisisPlanVersions_RecordId_VersionNumber] ON [CrisisPlanVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Episodes_PatientId] ON [Episodes] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Episodes_WardId_AdmittedAt] ON [Episodes] ([WardId], [AdmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Flags_PatientId_FindingKey] ON [Flags] ([PatientId], [FindingKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Flags_WardId_Status] ON [Flags] ([WardId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_FollowUpConversations_DecisionId] ON [FollowUpConversations] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Goals_PatientId] ON [Goals] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_GoalVersions_RecordId_VersionNumber] ON [GoalVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_IdempotencyRecords_CreatedAt] ON [IdempotencyRecords] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InstrumentItems_InstrumentVersionId_Key] ON [InstrumentItems] ([InstrumentVersionId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Instruments_Code] ON [Instruments] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InstrumentTexts_InstrumentVersionId_Language_Key] ON [InstrumentTexts] ([InstrumentVersionId], [Language], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InstrumentVersions_InstrumentId_Version_Rater] ON [InstrumentVersions] ([InstrumentId], [Version], [Rater]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JurisdictionRuleMeans_RuleId_Code] ON [JurisdictionRuleMeans] ([RuleId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JurisdictionRules_Code] ON [JurisdictionRules] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_JurisdictionRules_JurisdictionCode] ON [JurisdictionRules] ([JurisdictionCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_LegalStatusPeriods_EpisodeId] ON [LegalStatusPeriods] ([EpisodeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_NeedToKnowAccesses_PatientId] ON [NeedToKnowAccesses] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_NeedToKnowAccesses_StaffUserId_PatientId] ON [NeedToKnowAccesses] ([StaffUserId], [PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_NonResponses_PatientId] ON [NonResponses] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_NonResponses_SessionId] ON [NonResponses] ([SessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_NonResponses_SubmissionId] ON [NonResponses] ([SubmissionId]) WHERE [SubmissionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_NonResponses_WardId_RecordedAt] ON [NonResponses] ([WardId], [RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Patients_WardId] ON [Patients] ([WardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_RatingAnswers_RatingId] ON [RatingAnswers] ([RatingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Ratings_InstrumentVersionId] ON [Ratings] ([InstrumentVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Ratings_PatientId_SubmittedAt] ON [Ratings] ([PatientId], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Ratings_SessionId] ON [Ratings] ([SessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Ratings_SubmissionId] ON [Ratings] ([SubmissionId]) WHERE [SubmissionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Ratings_SupersedesRatingId] ON [Ratings] ([SupersedesRatingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Ratings_WardId_SubmittedAt] ON [Ratings] ([WardId], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_RetainedAutonomy_PatientId] ON [RetainedAutonomy] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RetainedAutonomyVersions_RecordId_VersionNumber] ON [RetainedAutonomyVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RuleSets_WardId_Version] ON [RuleSets] ([WardId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RuptureEpisodes_PatientId_Rater_OpenedBySessionId] ON [RuptureEpisodes] ([PatientId], [Rater], [OpenedBySessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_RuptureEpisodes_WardId_OpenedAt] ON [RuptureEpisodes] ([WardId], [OpenedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Sessions_PatientId] ON [Sessions] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Sessions_TherapistId] ON [Sessions] ([TherapistId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Sessions_WardId] ON [Sessions] ([WardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SessionVersions_RecordId_VersionNumber] ON [SessionVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SummaryDocuments_PatientId_Audience_PeriodFrom_PeriodTo_Version] ON [SummaryDocuments] ([PatientId], [Audience], [PeriodFrom], [PeriodTo], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_TabletHandovers_CodeHash] ON [TabletHandovers] ([CodeHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_TabletHandovers_PatientId] ON [TabletHandovers] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_TabletHandovers_SessionId] ON [TabletHandovers] ([SessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_TreatmentDecisions_PatientId] ON [TreatmentDecisions] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_TreatmentDecisions_SessionId] ON [TreatmentDecisions] ([SessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TreatmentDecisionVersions_RecordId_VersionNumber] ON [TreatmentDecisionVersions] ([RecordId], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_WardMemberships_StaffUserId_WardId] ON [WardMemberships] ([StaffUserId], [WardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_WardMemberships_WardId] ON [WardMemberships] ([WardId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    CREATE INDEX [IX_Wards_InstitutionId] ON [Wards] ([InstitutionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095030_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126095030_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095121_AuditEventsAppendOnly'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_AuditEvents_AppendOnly] ON [AuditEvents]
    INSTEAD OF UPDATE, DELETE
    AS
    BEGIN
        THROW 51000, ''AuditEvents is append-only: UPDATE and DELETE are not allowed.'', 1;
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095121_AuditEventsAppendOnly'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126095121_AuditEventsAppendOnly', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126103253_SummaryBatchesAndRateLimits'
)
BEGIN
    ALTER TABLE [SummaryDocuments] ADD [ContentSha256] nchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126103253_SummaryBatchesAndRateLimits'
)
BEGIN
    CREATE TABLE [RateLimitBuckets] (
        [Key] nvarchar(200) NOT NULL,
        [WindowStart] datetimeoffset NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_RateLimitBuckets] PRIMARY KEY ([Key], [WindowStart])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126103253_SummaryBatchesAndRateLimits'
)
BEGIN
    CREATE TABLE [SummaryBatchRequests] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Audience] nvarchar(40) NOT NULL,
        [DischargedFrom] date NOT NULL,
        [DischargedTo] date NOT NULL,
        [RequestedBy] uniqueidentifier NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [CompletedAt] datetimeoffset NULL,
        [DocumentCount] int NOT NULL,
        [Problem] nvarchar(2000) NULL,
        [ConcurrencyStamp] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SummaryBatchRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126103253_SummaryBatchesAndRateLimits'
)
BEGIN
    CREATE INDEX [IX_SummaryBatchRequests_Status] ON [SummaryBatchRequests] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126103253_SummaryBatchesAndRateLimits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126103253_SummaryBatchesAndRateLimits', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE TABLE [AggregateWatermarks] (
        [Name] nvarchar(100) NOT NULL,
        [RefreshedUpTo] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AggregateWatermarks] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE TABLE [DailyPatientFacts] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [Key] nvarchar(120) NOT NULL,
        [Count] int NOT NULL,
        [Value] float NULL,
        CONSTRAINT [PK_DailyPatientFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DailyPatientFacts_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE TABLE [WardReports] (
        [Id] uniqueidentifier NOT NULL,
        [WardId] uniqueidentifier NOT NULL,
        [WeekStart] date NOT NULL,
        [GeneratedAt] datetimeoffset NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_WardReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WardReports_Wards_WardId] FOREIGN KEY ([WardId]) REFERENCES [Wards] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE INDEX [IX_DailyPatientFacts_PatientId] ON [DailyPatientFacts] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE INDEX [IX_DailyPatientFacts_WardId_Day] ON [DailyPatientFacts] ([WardId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WardReports_WardId_WeekStart] ON [WardReports] ([WardId], [WeekStart]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126105139_WardDashboardAggregates'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126105139_WardDashboardAggregates', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131744_FlagReminders'
)
BEGIN
    CREATE TABLE [Reminders] (
        [Id] uniqueidentifier NOT NULL,
        [StaffUserId] uniqueidentifier NOT NULL,
        [PatientId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [DueSince] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [DoneAt] datetimeoffset NULL,
        CONSTRAINT [PK_Reminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reminders_AspNetUsers_StaffUserId] FOREIGN KEY ([StaffUserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Reminders_Patients_PatientId] FOREIGN KEY ([PatientId]) REFERENCES [Patients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131744_FlagReminders'
)
BEGIN
    CREATE INDEX [IX_Reminders_PatientId] ON [Reminders] ([PatientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131744_FlagReminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Reminders_StaffUserId_Kind_SubjectId] ON [Reminders] ([StaffUserId], [Kind], [SubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131744_FlagReminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126131744_FlagReminders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126164419_AutonomyDecisionFormalDecision'
)
BEGIN
    ALTER TABLE [AutonomyDecisionVersions] ADD [Content_FormalDecisionMade] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126164419_AutonomyDecisionFormalDecision'
)
BEGIN
    ALTER TABLE [AutonomyDecisions] ADD [Current_FormalDecisionMade] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126164419_AutonomyDecisionFormalDecision'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126164419_AutonomyDecisionFormalDecision', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233850_WardTherapistMfa'
)
BEGIN
    ALTER TABLE [Wards] ADD [TherapistsMustUseMfa] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233850_WardTherapistMfa'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126233850_WardTherapistMfa', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126234605_ReminderMailedAt'
)
BEGIN
    ALTER TABLE [Reminders] ADD [MailedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126234605_ReminderMailedAt'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [UiLanguage] nvarchar(8) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126234605_ReminderMailedAt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126234605_ReminderMailedAt', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023351_OneFlagPerFinding'
)
BEGIN
    DELETE FROM "Flags" WHERE "Id" IN (
        SELECT "Id" FROM (
            SELECT "Id", ROW_NUMBER() OVER (
                PARTITION BY "PatientId", "FindingKey"
                ORDER BY CASE "Status" WHEN 'Resolved' THEN 2 WHEN 'Acknowledged' THEN 1 ELSE 0 END DESC, "LastSeenAt" DESC, "Id") AS "Rank"
            FROM "Flags") AS "Ranked"
        WHERE "Rank" > 1);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023351_OneFlagPerFinding'
)
BEGIN
    DROP INDEX [IX_Flags_PatientId_FindingKey] ON [Flags];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023351_OneFlagPerFinding'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Flags_PatientId_FindingKey] ON [Flags] ([PatientId], [FindingKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023351_OneFlagPerFinding'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127023351_OneFlagPerFinding', N'10.0.15');
END;

COMMIT;
GO

