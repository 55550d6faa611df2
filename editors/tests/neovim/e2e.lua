-- End-to-end test in real Neovim (0.7+), headless: the plugin from
-- editors/neovim starts copydesk, diagnostics arrive where the fixture says,
-- and applying the fixture's code actions in turn yields the expected text.
--
-- Run: COPYDESK_BIN=… COPYDESK_FIXTURES=editors/tests/fixtures \
--   timeout 60 nvim --headless -u NONE -c 'set rtp+=editors/neovim' -c 'luafile editors/tests/neovim/e2e.lua'
-- Exits 0 on success, 1 (with the reason on stderr) on any mismatch.

local function log(msg)
  io.stderr:write("[nvim e2e] " .. msg .. "\n")
end

local function read(path)
  local f = assert(io.open(path, "rb"), "cannot read " .. path)
  local text = f:read("*a")
  f:close()
  return text
end

local function write(path, text)
  local f = assert(io.open(path, "wb"), "cannot write " .. path)
  f:write(text)
  f:close()
end

local function wait_for(what, predicate, timeout)
  if not vim.wait(timeout or 10000, predicate, 50) then
    error("timed out waiting for " .. what, 2)
  end
end

-- The latest published LSP diagnostics, by URI, as the server sent them.
local published = {}
local original_handler = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  if result then
    published[result.uri] = result.diagnostics
  end
  return original_handler(err, result, ctx, config)
end

local function rule_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function rules(list)
  local out = {}
  for _, d in ipairs(list or {}) do
    table.insert(out, tostring(rule_of(d)))
  end
  table.sort(out)
  return out
end

local function same(a, b)
  return vim.inspect(a) == vim.inspect(b)
end

local function check_diagnostics(buf, expected)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for _, want in ipairs(expected) do
    local found = false
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if rule_of(d) == want.rule then
        found = true
        local line = lines[d.lnum + 1] or ""
        local text = line:sub(d.col + 1)
        local column = vim.str_utfindex(line, d.col) + 1
        if d.lnum + 1 ~= want.line or column ~= want.column or text:sub(1, #want.starts_with) ~= want.starts_with then
          error(string.format(
            "%s: expected line %d column %d starting %q, got line %d column %d starting %q",
            want.rule, want.line, want.column, want.starts_with, d.lnum + 1, column, text:sub(1, #want.starts_with)
          ))
        end
        if d.end_lnum < d.lnum or (d.end_lnum == d.lnum and d.end_col <= d.col) then
          error(want.rule .. ": empty or inverted range")
        end
      end
    end
    if not found then
      error("no " .. want.rule .. " diagnostic; got " .. vim.inspect(rules(vim.diagnostic.get(buf))))
    end
    log(string.format("ok: %s at %d:%d", want.rule, want.line, want.column))
  end
end

local function code_action(buf, client, uri, step)
  local raw
  for _, d in ipairs(published[uri] or {}) do
    if d.code == step.rule then
      raw = d
    end
  end
  assert(raw, "no published " .. step.rule .. " diagnostic")
  local params = {
    textDocument = { uri = uri },
    range = raw.range,
    context = { diagnostics = { raw }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
  local titles = {}
  for _, response in pairs(responses) do
    assert(not response.error, "codeAction error: " .. vim.inspect(response.error))
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.title:find(step.title, 1, true) and action.edit then
        return action
      end
    end
  end
  error(string.format("no code action titled %q for %s; got %s", step.title, step.rule, vim.inspect(titles)))
end

local function main()
  local bin = assert(os.getenv("COPYDESK_BIN"), "set COPYDESK_BIN")
  local fixtures = assert(os.getenv("COPYDESK_FIXTURES"), "set COPYDESK_FIXTURES")
  local expect = vim.fn.json_decode(read(fixtures .. "/harbour.expect.json"))

  local work = vim.fn.tempname()
  vim.fn.mkdir(work, "p")
  local draft = work .. "/" .. expect.draft
  write(draft, read(fixtures .. "/" .. expect.draft))

  vim.cmd("filetype on")
  require("copydesk").setup({ cmd = { bin, "lsp" } })
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.bo[buf].filetype == "markdown", "filetype is " .. vim.bo[buf].filetype)

  local client
  wait_for("copydesk to attach", function()
    for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.name == "copydesk" and c.initialized then
        client = c
      end
    end
    return client ~= nil
  end)
  log("attached: " .. client.name .. " (offset encoding " .. client.offset_encoding .. ")")

  local uri = vim.uri_from_bufnr(buf)
  wait_for("the first diagnostics", function()
    return #vim.diagnostic.get(buf) >= #expect.diagnostics
  end)
  check_diagnostics(buf, expect.diagnostics)
  if #vim.diagnostic.get(buf) ~= #expect.diagnostics then
    error("unexpected diagnostics: " .. vim.inspect(rules(vim.diagnostic.get(buf))))
  end

  for _, step in ipairs(expect.steps) do
    local action = code_action(buf, client, uri, step)
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
    table.sort(step.remaining)
    local ok = vim.wait(10000, function()
      return same(rules(vim.diagnostic.get(buf)), step.remaining) and same(rules(published[uri]), step.remaining)
    end, 50)
    if not ok then
      error(string.format(
        "after %q: expected %s, got %s",
        action.title, vim.inspect(step.remaining), vim.inspect(rules(vim.diagnostic.get(buf)))
      ))
    end
    log("ok: applied " .. action.title)
  end

  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
  local want = read(fixtures .. "/" .. expect.fixed)
  if text ~= want then
    error("buffer after the fixes:\n" .. text .. "\nexpected:\n" .. want)
  end
  log("ok: buffer text matches " .. expect.fixed)
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  log("PASS")
  vim.cmd("qall!")
else
  log("FAIL: " .. tostring(err))
  vim.cmd("cquit 1")
end
