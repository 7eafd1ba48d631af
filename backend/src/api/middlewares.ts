import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCountiesMiddlewares } from "./admin/counties/middlewares"
import { storeCountiesMiddlewares } from "./store/counties/middlewares"

export default defineMiddlewares({
  routes: [...adminCountiesMiddlewares, ...storeCountiesMiddlewares],
})
