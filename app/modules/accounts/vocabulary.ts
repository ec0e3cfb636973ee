/**
 * The words of the accounts area, shared by the database schema, the rules and the
 * pages. Kept free of drizzle and zod so pages can use them without shipping either
 * to the browser.
 */
import { type Role } from '#app/platform/roles.ts'

export const organisationTypes = ['agency', 'ngo', 'international', 'other'] as const
export const organisationStatuses = ['pending', 'approved', 'refused'] as const

/**
 * Roles a person may ask for when they apply; admin roles and programme_editor (an NGO member managing their
 * organisation's catalogue listings) are granted, never requested.
 */
export const requestableRoles = ['officer', 'trainer', 'ngo_member', 'legal_expert'] as const satisfies readonly Role[]
export type RequestableRole = (typeof requestableRoles)[number]

export const userStatuses = ['pending', 'active', 'refused', 'suspended'] as const
export type UserStatus = (typeof userStatuses)[number]

/** The organisation choice on the application form that means "mine is not listed". */
export const newOrganisationChoice = 'new'

/** Self-declared and optional, for the training indicators' breakdown: a person who says nothing is "not stated". */
export const genders = ['woman', 'man', 'another'] as const
export type Gender = (typeof genders)[number]
