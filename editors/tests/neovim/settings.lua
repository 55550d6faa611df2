-- Neovim (0.7+), headless: settings given to require("copydesk").setup()
-- reach the server (a rule switched off, another shown as a hint), one
-- client serves every draft of a project, and plain-text drafts are checked
-- (and offered an ignore comment on a line of its own).
--
-- Run like e2e.lua; exits 0 on success, 1 with the reason on stderr.

local function log(msg)
  io.stderr:write("[nvim settings] " .. msg .. "\n")
end

local function read(path)
  local f = assert(io.open(path, "rb"), "cannot read " .. path)
  local text = f:read("*a")
  f:close()
  return text
end

local function copy(from, to)
  local f = assert(io.open(to, "wb"), "cannot write " .. to)
  f:write(read(from))
  f:close()
end

local function rule_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function rules(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, tostring(rule_of(d)))
  end
  table.sort(out)
  return out
end

local function wait_rules(buf, want)
  local ok = vim.wait(10000, function()
    return vim.inspect(rules(buf)) == vim.inspect(want)
  end, 50)
  if not ok then
    error("expected " .. vim.inspect(want) .. ", got " .. vim.inspect(rules(buf)), 2)
  end
end

local function main()
  local bin = assert(os.getenv("COPYDESK_BIN"), "set COPYDESK_BIN")
  local fixtures = assert(os.getenv("COPYDESK_FIXTURES"), "set COPYDESK_FIXTURES")
  local work = vim.fn.tempname()
  vim.fn.mkdir(work, "p")
  copy(fixtures .. "/harbour.md", work .. "/harbour.md")
  copy(fixtures .. "/ferry.txt", work .. "/ferry.txt")
  -- The project root: both drafts must share one client.
  vim.fn.mkdir(work .. "/.git", "p")

  vim.cmd("filetype on")
  require("copydesk").setup({
    cmd = { bin, "lsp" },
    settings = { rules = { ["misspelled-name"] = "off", ["unclosed-quote"] = "hint" } },
  })

  vim.cmd("edit " .. vim.fn.fnameescape(work .. "/harbour.md"))
  local md = vim.api.nvim_get_current_buf()
  wait_rules(md, { "unattributed-quote", "unclosed-quote", "unknown-directive" })
  for _, d in ipairs(vim.diagnostic.get(md)) do
    if rule_of(d) == "unclosed-quote" and d.severity ~= vim.diagnostic.severity.HINT then
      error("unclosed-quote should be a hint, is severity " .. tostring(d.severity))
    end
  end
  log("ok: misspelled-name off, unclosed-quote shown as a hint")

  vim.cmd("edit " .. vim.fn.fnameescape(work .. "/ferry.txt"))
  local txt = vim.api.nvim_get_current_buf()
  assert(vim.bo[txt].filetype == "text", "filetype is " .. vim.bo[txt].filetype)
  wait_rules(txt, { "unattributed-quote" })
  log("ok: plain text checked")

  local ids = {}
  for _, buf in ipairs({ md, txt }) do
    for id, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.name == "copydesk" then
        ids[id] = true
      end
    end
  end
  if vim.tbl_count(ids) ~= 1 then
    error("expected one copydesk client for the project, got " .. vim.tbl_count(ids))
  end
  log("ok: one client for both drafts")

  local d = vim.diagnostic.get(txt)[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(txt) },
    range = { start = { line = d.lnum, character = 0 }, ["end"] = { line = d.lnum, character = 1 } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(txt, "textDocument/codeAction", params, 5000)
  if not responses or vim.tbl_isempty(responses) then
    error("no answer to textDocument/codeAction")
  end
  -- Plain text takes the ignore comment on a line of its own, above the finding.
  local ignore
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.title == "Ignore unattributed-quote on this line" then
        ignore = action
      end
    end
  end
  if not ignore then
    error("plain text was not offered the ignore action")
  end
  local edits = ignore.edit and ignore.edit.changes and ignore.edit.changes[vim.uri_from_bufnr(txt)]
  if not edits and ignore.edit and ignore.edit.documentChanges then
    edits = ignore.edit.documentChanges[1].edits
  end
  local e = edits and edits[1]
  if not e or e.range.start.line ~= d.lnum or e.range.start.character ~= 0
    or e.newText ~= "<!-- copydesk-disable-next-line unattributed-quote -->\n" then
    error("the plain-text ignore edit is not a line of its own: " .. vim.inspect(edits))
  end
  log("ok: plain text ignores with a comment line of its own")
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  log("PASS")
  vim.cmd("qall!")
else
  log("FAIL: " .. tostring(err))
  vim.cmd("cquit 1")
end
