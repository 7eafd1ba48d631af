import { answerAssignment } from "../../answer"

export const POST = answerAssignment("rejected")
