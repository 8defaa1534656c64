using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace AllianceTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    ResponseJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JurisdictionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Section = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Act = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComplaintBodyEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ComplaintBodyNb = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FormalDecisionRequiredWithConsent = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresCapacityAssessment = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresMilderMeansTried = table.Column<bool>(type: "boolean", nullable: false),
                    FollowUpConversationRequired = table.Column<bool>(type: "boolean", nullable: false),
                    NotesEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JurisdictionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ParametersJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wards_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Rater = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LicenceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reliability = table.Column<double>(type: "double precision", nullable: false),
                    NormativeSd = table.Column<double>(type: "double precision", nullable: false),
                    PackJson = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsLocked = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentVersions_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JurisdictionRuleMeans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameNb = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JurisdictionRuleMeans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JurisdictionRuleMeans_JurisdictionRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "JurisdictionRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayAlias = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HospitalRecordReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WardMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WardMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WardMemberships_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WardMemberships_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Subscale = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScaleMin = table.Column<int>(type: "integer", nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    IsRequired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentItems_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentTexts_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AutonomyDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_CapacityAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Current_DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Current_EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Current_MeansCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Current_MilderMeansTried = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_PatientConsented = table.Column<bool>(type: "boolean", nullable: false),
                    Current_PatientInformedOfComplaintRight = table.Column<bool>(type: "boolean", nullable: false),
                    Current_PatientView = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_PatientViewNotRecordedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Current_Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_ResponsibleClinicianId = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutonomyDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutonomyDecisions_JurisdictionRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "JurisdictionRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutonomyDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutonomyDecisions_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareTeamMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AddedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTeamMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareTeamMemberships_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareTeamMemberships_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_LeastIntrusiveMeasure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Current_OtherPreferences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_WhatHelpsToCalmDown = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Current_WhatMakesItWorse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlans_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DischargedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DischargedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Episodes_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Episodes_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "integer", nullable: false),
                    FindingKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InputsJson = table.Column<string>(type: "text", nullable: false),
                    ExplanationEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExplanationNb = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Flags_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_Agreement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_PatientWords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_ProposedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_TherapistFormulation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NeedToKnowAccesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedToKnowAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeedToKnowAccesses_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NeedToKnowAccesses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetainedAutonomy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Current_Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Current_To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetainedAutonomy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetainedAutonomy_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RuptureEpisodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rater = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenedBySessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedByRuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BaselineMean = table.Column<double>(type: "double precision", nullable: true),
                    BaselineSd = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedBySessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RuleSetVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuptureEpisodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuptureEpisodes_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uuid", nullable: false),
                    Current_DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Current_FollowsUpDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Current_Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_AspNetUsers_TherapistId",
                        column: x => x.TherapistId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sessions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sessions_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SummaryDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GeneratedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummaryDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SummaryDocuments_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AutonomyDecisionVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_CapacityAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Content_DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content_EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Content_MeansCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Content_MilderMeansTried = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_PatientConsented = table.Column<bool>(type: "boolean", nullable: false),
                    Content_PatientInformedOfComplaintRight = table.Column<bool>(type: "boolean", nullable: false),
                    Content_PatientView = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_PatientViewNotRecordedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Content_Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_ResponsibleClinicianId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutonomyDecisionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutonomyDecisionVersions_AutonomyDecisions_RecordId",
                        column: x => x.RecordId,
                        principalTable: "AutonomyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclinedByPatient = table.Column<bool>(type: "boolean", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpConversations_AutonomyDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "AutonomyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_LeastIntrusiveMeasure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Content_OtherPreferences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_WhatHelpsToCalmDown = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Content_WhatMakesItWorse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisPlanVersions_CrisisPlans_RecordId",
                        column: x => x.RecordId,
                        principalTable: "CrisisPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapacityAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssessedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CorrectsAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityAssessments_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalStatusPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LegalSection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalStatusPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalStatusPeriods_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_Agreement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_PatientWords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_ProposedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_TherapistFormulation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalVersions_Goals_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetainedAutonomyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Content_Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content_To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetainedAutonomyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetainedAutonomyVersions_RetainedAutonomy_RecordId",
                        column: x => x.RecordId,
                        principalTable: "RetainedAutonomy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NonResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NonResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NonResponses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NonResponses_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rater = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RuptureReported = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RuptureTalkedThrough = table.Column<bool>(type: "boolean", nullable: true),
                    MainDecisionAgreement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PatientWants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WhatWeCanAgreeOn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Disclosure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersedesRatingId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Scores_Bond100 = table.Column<double>(type: "double precision", nullable: true),
                    Scores_BondRaw = table.Column<double>(type: "double precision", nullable: true),
                    Scores_Goal100 = table.Column<double>(type: "double precision", nullable: true),
                    Scores_GoalRaw = table.Column<double>(type: "double precision", nullable: true),
                    Scores_Task100 = table.Column<double>(type: "double precision", nullable: true),
                    Scores_TaskRaw = table.Column<double>(type: "double precision", nullable: true),
                    Scores_Total100 = table.Column<double>(type: "double precision", nullable: true),
                    Scores_TotalRaw = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ratings_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ratings_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ratings_Ratings_SupersedesRatingId",
                        column: x => x.SupersedesRatingId,
                        principalTable: "Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ratings_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Content_FollowsUpDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Content_Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionVersions_Sessions_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TabletHandovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RedeemedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TabletHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TabletHandovers_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TabletHandovers_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TreatmentDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Current_ClinicianRecommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Current_DecidedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_OptionsDiscussed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_PatientPosition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_PatientPreference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Current_Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Current_Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatmentDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TreatmentDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TreatmentDecisions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RatingAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingAnswers_Ratings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TreatmentDecisionVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content_ClinicianRecommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content_DecidedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_OptionsDiscussed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_PatientPosition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_PatientPreference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Content_Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content_Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatmentDecisionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TreatmentDecisionVersions_TreatmentDecisions_RecordId",
                        column: x => x.RecordId,
                        principalTable: "TreatmentDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "JurisdictionRules",
                columns: new[] { "Id", "Act", "Category", "Code", "ComplaintBodyEn", "ComplaintBodyNb", "FollowUpConversationRequired", "FormalDecisionRequiredWithConsent", "JurisdictionCode", "NameEn", "NameNb", "NotesEn", "RequiresCapacityAssessment", "RequiresMilderMeansTried", "Section", "SortOrder" },
                values: new object[,]
                {
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000302"), "Psykisk helsevernloven", "LegalStatus", "NO-3-2", "the Control Commission", "kontrollkommisjonen", false, true, "NO", "Compulsory observation", "Tvungen observasjon", null, false, false, "§3-2", 10 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000303"), "Psykisk helsevernloven", "LegalStatus", "NO-3-3", "the Control Commission", "kontrollkommisjonen", false, true, "NO", "Compulsory mental health care", "Tvungent psykisk helsevern", "Since 1 September 2017 requires lack of capacity to consent, unless there is an imminent risk to life or health.", true, false, "§3-3", 20 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000403"), "Psykisk helsevernloven", "Seclusion", "NO-4-3", "the Control Commission", "kontrollkommisjonen", true, true, "NO", "Seclusion (skjerming)", "Skjerming", null, false, false, "§4-3", 30 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000404"), "Psykisk helsevernloven", "TreatmentWithoutConsent", "NO-4-4", "the State administrator (Statsforvalteren)", "Statsforvalteren", false, false, "NO", "Treatment without consent", "Behandling uten eget samtykke", "Valid consent removes the need for a formal decision.", true, false, "§4-4", 40 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000405"), "Psykisk helsevernloven", "ContactRestriction", "NO-4-5", "the Control Commission", "kontrollkommisjonen", false, true, "NO", "Restrictions on contact with the outside world", "Begrensninger i forbindelse med omverdenen", null, false, false, "§4-5", 50 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000406"), "Psykisk helsevernloven", "Search", "NO-4-6", "the Control Commission", "kontrollkommisjonen", false, true, "NO", "Search of room, belongings or body", "Undersøkelse av rom og eiendeler samt kroppsvisitasjon", null, false, false, "§4-6", 60 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000407"), "Psykisk helsevernloven", "SeizureOrDrugTest", "NO-4-7", "the Control Commission", "kontrollkommisjonen", false, true, "NO", "Seizure", "Beslag", null, false, false, "§4-7", 70 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000408"), "Psykisk helsevernloven", "CoerciveMeans", "NO-4-8", "the Control Commission", "kontrollkommisjonen", true, true, "NO", "Coercive means", "Tvangsmidler", "Only when unavoidably necessary, only in 24-hour institutions, and only after milder means have failed.", false, true, "§4-8", 90 },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a01-00000000047a"), "Psykisk helsevernloven", "SeizureOrDrugTest", "NO-4-7a", "the Control Commission", "kontrollkommisjonen", false, false, "NO", "Drug testing", "Rusmiddeltesting", null, false, false, "§4-7a", 80 }
                });

            migrationBuilder.InsertData(
                table: "JurisdictionRuleMeans",
                columns: new[] { "Id", "Code", "NameEn", "NameNb", "RuleId" },
                values: new object[,]
                {
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a02-000000000481"), "a", "Mechanical restraint", "Mekaniske tvangsmidler", new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000408") },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a02-000000000482"), "b", "Short-term isolation behind a locked door", "Kortvarig anbringelse bak låst dør", new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000408") },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a02-000000000483"), "c", "A single dose of short-acting sedative", "Enkeltstående bruk av korttidsvirkende legemidler", new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000408") },
                    { new Guid("0b6b2c1e-3f0a-4c1e-9a02-000000000484"), "d", "Short-term holding", "Kortvarig fastholding", new Guid("0b6b2c1e-3f0a-4c1e-9a01-000000000408") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PatientId_OccurredAt",
                table: "AuditEvents",
                columns: new[] { "PatientId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_UserId_OccurredAt",
                table: "AuditEvents",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AutonomyDecisions_PatientId",
                table: "AutonomyDecisions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_AutonomyDecisions_RuleId",
                table: "AutonomyDecisions",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_AutonomyDecisions_WardId",
                table: "AutonomyDecisions",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_AutonomyDecisionVersions_RecordId_VersionNumber",
                table: "AutonomyDecisionVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAssessments_EpisodeId",
                table: "CapacityAssessments",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAssessments_PatientId",
                table: "CapacityAssessments",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamMemberships_PatientId",
                table: "CareTeamMemberships",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamMemberships_StaffUserId_PatientId",
                table: "CareTeamMemberships",
                columns: new[] { "StaffUserId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlans_PatientId",
                table: "CrisisPlans",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPlanVersions_RecordId_VersionNumber",
                table: "CrisisPlanVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_PatientId",
                table: "Episodes",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_WardId_AdmittedAt",
                table: "Episodes",
                columns: new[] { "WardId", "AdmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_PatientId_FindingKey",
                table: "Flags",
                columns: new[] { "PatientId", "FindingKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_WardId_Status",
                table: "Flags",
                columns: new[] { "WardId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpConversations_DecisionId",
                table: "FollowUpConversations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PatientId",
                table: "Goals",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalVersions_RecordId_VersionNumber",
                table: "GoalVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentItems_InstrumentVersionId_Key",
                table: "InstrumentItems",
                columns: new[] { "InstrumentVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Code",
                table: "Instruments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentTexts_InstrumentVersionId_Language_Key",
                table: "InstrumentTexts",
                columns: new[] { "InstrumentVersionId", "Language", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentVersions_InstrumentId_Version_Rater",
                table: "InstrumentVersions",
                columns: new[] { "InstrumentId", "Version", "Rater" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JurisdictionRuleMeans_RuleId_Code",
                table: "JurisdictionRuleMeans",
                columns: new[] { "RuleId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JurisdictionRules_Code",
                table: "JurisdictionRules",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JurisdictionRules_JurisdictionCode",
                table: "JurisdictionRules",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_LegalStatusPeriods_EpisodeId",
                table: "LegalStatusPeriods",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_NeedToKnowAccesses_PatientId",
                table: "NeedToKnowAccesses",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_NeedToKnowAccesses_StaffUserId_PatientId",
                table: "NeedToKnowAccesses",
                columns: new[] { "StaffUserId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_NonResponses_PatientId",
                table: "NonResponses",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_NonResponses_SessionId",
                table: "NonResponses",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_NonResponses_SubmissionId",
                table: "NonResponses",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NonResponses_WardId_RecordedAt",
                table: "NonResponses",
                columns: new[] { "WardId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_WardId",
                table: "Patients",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingAnswers_RatingId",
                table: "RatingAnswers",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_InstrumentVersionId",
                table: "Ratings",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_PatientId_SubmittedAt",
                table: "Ratings",
                columns: new[] { "PatientId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_SessionId",
                table: "Ratings",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_SubmissionId",
                table: "Ratings",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_SupersedesRatingId",
                table: "Ratings",
                column: "SupersedesRatingId");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_WardId_SubmittedAt",
                table: "Ratings",
                columns: new[] { "WardId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RetainedAutonomy_PatientId",
                table: "RetainedAutonomy",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_RetainedAutonomyVersions_RecordId_VersionNumber",
                table: "RetainedAutonomyVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleSets_WardId_Version",
                table: "RuleSets",
                columns: new[] { "WardId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuptureEpisodes_PatientId_Rater_OpenedBySessionId",
                table: "RuptureEpisodes",
                columns: new[] { "PatientId", "Rater", "OpenedBySessionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuptureEpisodes_WardId_OpenedAt",
                table: "RuptureEpisodes",
                columns: new[] { "WardId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PatientId",
                table: "Sessions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TherapistId",
                table: "Sessions",
                column: "TherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_WardId",
                table: "Sessions",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionVersions_RecordId_VersionNumber",
                table: "SessionVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SummaryDocuments_PatientId_Audience_PeriodFrom_PeriodTo_Ver~",
                table: "SummaryDocuments",
                columns: new[] { "PatientId", "Audience", "PeriodFrom", "PeriodTo", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TabletHandovers_CodeHash",
                table: "TabletHandovers",
                column: "CodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_TabletHandovers_PatientId",
                table: "TabletHandovers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TabletHandovers_SessionId",
                table: "TabletHandovers",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentDecisions_PatientId",
                table: "TreatmentDecisions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentDecisions_SessionId",
                table: "TreatmentDecisions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatmentDecisionVersions_RecordId_VersionNumber",
                table: "TreatmentDecisionVersions",
                columns: new[] { "RecordId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WardMemberships_StaffUserId_WardId",
                table: "WardMemberships",
                columns: new[] { "StaffUserId", "WardId" });

            migrationBuilder.CreateIndex(
                name: "IX_WardMemberships_WardId",
                table: "WardMemberships",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_Wards_InstitutionId",
                table: "Wards",
                column: "InstitutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "AutonomyDecisionVersions");

            migrationBuilder.DropTable(
                name: "CapacityAssessments");

            migrationBuilder.DropTable(
                name: "CareTeamMemberships");

            migrationBuilder.DropTable(
                name: "CrisisPlanVersions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Flags");

            migrationBuilder.DropTable(
                name: "FollowUpConversations");

            migrationBuilder.DropTable(
                name: "GoalVersions");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "InstrumentItems");

            migrationBuilder.DropTable(
                name: "InstrumentTexts");

            migrationBuilder.DropTable(
                name: "JurisdictionRuleMeans");

            migrationBuilder.DropTable(
                name: "LegalStatusPeriods");

            migrationBuilder.DropTable(
                name: "NeedToKnowAccesses");

            migrationBuilder.DropTable(
                name: "NonResponses");

            migrationBuilder.DropTable(
                name: "RatingAnswers");

            migrationBuilder.DropTable(
                name: "RetainedAutonomyVersions");

            migrationBuilder.DropTable(
                name: "RuleSets");

            migrationBuilder.DropTable(
                name: "RuptureEpisodes");

            migrationBuilder.DropTable(
                name: "SessionVersions");

            migrationBuilder.DropTable(
                name: "SummaryDocuments");

            migrationBuilder.DropTable(
                name: "TabletHandovers");

            migrationBuilder.DropTable(
                name: "TreatmentDecisionVersions");

            migrationBuilder.DropTable(
                name: "WardMemberships");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CrisisPlans");

            migrationBuilder.DropTable(
                name: "AutonomyDecisions");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "Episodes");

            migrationBuilder.DropTable(
                name: "Ratings");

            migrationBuilder.DropTable(
                name: "RetainedAutonomy");

            migrationBuilder.DropTable(
                name: "TreatmentDecisions");

            migrationBuilder.DropTable(
                name: "JurisdictionRules");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Wards");

            migrationBuilder.DropTable(
                name: "Institutions");
        }
    }
}
