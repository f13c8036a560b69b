export {
  applyReview,
  type ReviewChange,
  type ReviewDecision,
  type ReviewDecisions,
} from "./apply-review.js";
